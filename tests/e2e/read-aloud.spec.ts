import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, checkAxe, waitForIslands } from './fixtures';

const CASE = '/paramedics-walkout/';

/**
 * The browser's speech synthesis, stubbed: `speak()` records each text in order and the test
 * ends the utterance being spoken (`__readAloud.finish()`), so the reader moves on as a real
 * voice would. It starts with no voices; `__readAloud.addVoice()` adds one and says so.
 */
async function stubSpeech(page: Page) {
  await page.addInitScript(() => {
    type Utt = {
      text: string;
      onstart?: () => void;
      onend?: () => void;
      onerror?: (e: { error: string }) => void;
    };
    const spoken: string[] = [];
    const queue: Utt[] = [];
    const listeners: (() => void)[] = [];
    const voices: { name: string; lang: string; default: boolean; localService: boolean }[] = [];
    const begin = () => queue[0]?.onstart?.();
    const synth = {
      getVoices: () => voices.slice(),
      speak(u: Utt) {
        spoken.push(u.text);
        queue.push(u);
        if (queue.length === 1) begin();
      },
      cancel() {
        sessionStorage.setItem(
          'read-aloud:cancels',
          String(Number(sessionStorage.getItem('read-aloud:cancels')) + 1),
        );
        for (const u of queue.splice(0)) u.onerror?.({ error: 'interrupted' });
      },
      pause() {},
      resume() {},
      speaking: false,
      paused: false,
      pending: false,
      addEventListener: (type: string, fn: () => void) =>
        type === 'voiceschanged' && listeners.push(fn),
      removeEventListener: () => {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: class {
        text: string;
        lang = '';
        rate = 1;
        voice: unknown = null;
        constructor(text: string) {
          this.text = text;
        }
      },
      configurable: true,
    });
    const highlighted = () => {
      const h = CSS.highlights.get('read-aloud');
      const range = h ? [...h][0] : undefined;
      return range ? range.toString().replace(/\s+/g, ' ').trim() : null;
    };
    Object.assign(window, {
      __readAloud: {
        spoken,
        highlighted,
        addVoice() {
          voices.push({ name: 'Test voice', lang: 'en-GB', default: true, localService: true });
          listeners.forEach((fn) => fn());
        },
        /** Ends the utterance being spoken; the reader speaks the next one. */
        finish() {
          const u = queue.shift();
          u?.onend?.();
          if (queue.length > 0) begin();
        },
      },
    });
  });
}

interface Stub {
  spoken: string[];
  highlighted(): string | null;
  addVoice(): void;
  finish(): void;
}
const stub = <T>(page: Page, fn: (s: Stub) => T) =>
  page.evaluate(`(${fn.toString()})(window.__readAloud)`) as Promise<Awaited<T>>;
const spoken = (page: Page) => stub(page, (s) => s.spoken.slice());
const highlighted = (page: Page) => stub(page, (s) => s.highlighted());

/** The article's blocks as the build reads them (article.txt: headline | site, then blocks). */
const article = readFileSync('content/cases/paramedics-walkout/article.txt', 'utf8');
const [headlineLine = '', ...blocks] = article.split(/\n\s*\n/).map((b) => b.trim());
const [headline = '', site = ''] = headlineLine.split(' | ');

test('read aloud: hidden without a voice; reads the article and a question in order, highlighting each sentence; pause, stop, and stop on leaving', async ({
  page,
}) => {
  await stubSpeech(page);
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto(`${CASE}article/`);
  const controls = page.getByRole('group', { name: 'Read aloud: the article' });
  const play = controls.getByRole('button', { name: 'Read aloud' });

  // No voice yet: no control at all (never a dead button). A voice arrives: it shows.
  await expect(play).toBeHidden();
  await stub(page, (s) => s.addVoice());
  await expect(play).toBeVisible();
  // A reading page: nothing but inline scripts until the first press.
  expect(scripts).toEqual([]);
  await checkAxe(page, 'article with read aloud');

  // Keyboard: Enter on the button starts reading, from the specimen label down.
  await play.focus();
  await page.keyboard.press('Enter');
  await expect(controls.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(controls.getByRole('status')).toHaveText('Reading aloud.');
  await expect.poll(() => spoken(page)).toHaveLength(1);
  const first = (await spoken(page))[0] ?? '';
  expect(first).toMatch(/^Specimen for critique\./);
  expect(await highlighted(page)).toBe(first);

  // The highlight moves with the voice, one sentence at a time.
  await stub(page, (s) => s.finish());
  const [, second = ''] = await spoken(page);
  expect(await highlighted(page)).toBe(second);
  expect(second).not.toBe(first);

  // Pause, then resume from the same sentence.
  await controls.getByRole('button', { name: 'Pause' }).click();
  await expect(controls.getByRole('status')).toHaveText('Paused.');
  expect(await highlighted(page)).toBe(second);
  await controls.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(async () => (await spoken(page)).at(-1)).toBe(second);

  // To the end: everything the page shows, in order, and none of the controls' words.
  const all = await stub(page, (s) => {
    for (let i = 0; i < 500 && s.highlighted() !== null; i++) s.finish();
    return s.spoken.slice(2);
  });
  await expect(controls.getByRole('status')).toHaveText('Finished reading.');
  expect(await highlighted(page)).toBeNull();
  const read = all.join(' ');
  let at = read.indexOf(site);
  for (const text of [
    headline,
    ...blocks.map((b) => b.replace(/^•\s*/gm, '').split('\n')[0] ?? ''),
  ]) {
    const words = text.replace(/\s+/g, ' ').slice(0, 40);
    const found = read.indexOf(words, at);
    expect(found, `"${words}" read after what came before`).toBeGreaterThan(at);
    at = found;
  }
  expect(read).not.toMatch(/Read aloud|Speed|¶/);

  // Stop clears the highlight and keeps the keyboard on the controls.
  await play.click();
  await expect.poll(() => highlighted(page)).not.toBeNull();
  await controls.getByRole('button', { name: 'Stop' }).click();
  await expect(controls.getByRole('status')).toHaveText('Stopped reading.');
  expect(await highlighted(page)).toBeNull();
  await expect(play).toBeFocused();

  // Leaving the page while it reads silences it.
  await play.click();
  const cancels = await page.evaluate(() => Number(sessionStorage.getItem('read-aloud:cancels')));
  await page.getByRole('link', { name: 'Back to the lesson' }).click();
  await page.waitForURL(new RegExp(`${CASE}$`));
  expect(
    await page.evaluate(() => Number(sessionStorage.getItem('read-aloud:cancels'))),
  ).toBeGreaterThan(cancels);

  // In an island: a question reads its legend and its choices, and nothing else.
  await page.goto(`${CASE}first-impressions/`);
  await waitForIslands(page);
  await stub(page, (s) => s.addVoice());
  const question = page.getByRole('group', { name: 'How believable is this article?' });
  await question.getByRole('button', { name: 'Read aloud' }).click();
  await expect.poll(() => highlighted(page)).not.toBeNull();
  const q = await stub(page, (s) => {
    const before = s.spoken.length;
    for (let i = 0; i < 50 && s.highlighted() !== null; i++) s.finish();
    return s.spoken.slice(before - 1);
  });
  const legend = (await question.locator('legend').innerText()).trim();
  expect(q[0]).toBe(legend);
  for (const label of await question.locator('.choices label').allInnerTexts())
    expect(q.join(' ')).toContain(label.trim());
  expect(q.join(' ')).not.toMatch(/Read aloud|Speed/);
});
