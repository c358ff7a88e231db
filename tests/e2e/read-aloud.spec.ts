import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, checkAxe, seedProgress, waitForIslands } from './fixtures';

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
      rate: number;
      onstart?: () => void;
      onend?: () => void;
      onerror?: (e: { error: string }) => void;
    };
    const spoken: string[] = [];
    const rates: number[] = [];
    const queue: Utt[] = [];
    const listeners: (() => void)[] = [];
    const voices: { name: string; lang: string; default: boolean; localService: boolean }[] = [];
    const begin = () => queue[0]?.onstart?.();
    const synth = {
      getVoices: () => voices.slice(),
      speak(u: Utt) {
        spoken.push(u.text);
        rates.push(u.rate);
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
        rates,
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
  rates: number[];
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

test('read aloud: hidden without a voice; reads the article, a post with its source line and a chart table in order, highlighting each sentence; pause, stop, one at a time, stop on leaving', async ({
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
  // A new speed: the sentence starts again at it.
  await controls.getByLabel('Speed').selectOption('1.5');
  await expect.poll(() => stub(page, (s) => s.rates.at(-1))).toBe(1.5);
  expect((await spoken(page)).at(-1)).toBe(second);

  // The sentence being read is kept in view (at once, with reduced motion).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const inView = await stub(page, (s) => {
    for (let i = 0; i < 40; i++) s.finish();
    const range = [...(CSS.highlights.get('read-aloud') ?? [])][0] as Range | undefined;
    const box = range?.getBoundingClientRect();
    return box ? box.top >= 0 && box.bottom <= window.innerHeight : 'no highlight';
  });
  expect(inView).toBe(true);

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
  scripts.length = 0;
  await page.goto(`${CASE}warm-up/`);
  expect(
    await page.evaluate(() => Number(sessionStorage.getItem('read-aloud:cancels'))),
  ).toBeGreaterThan(cancels);

  // In an island (the warm-up): a post reads its question, its text and its source line, then
  // the choices, and none of the controls. Another post's control takes over from the first.
  await waitForIslands(page);
  await stub(page, (s) => s.addVoice());
  // The engine is a lazy chunk: the first press loads a script the page had not loaded.
  const loadedWithPage = scripts.length;
  const post = (n: number) => page.getByRole('group', { name: new RegExp(`^Post ${n} of`) });
  await post(1).getByRole('button', { name: 'Read aloud' }).click();
  await expect.poll(() => highlighted(page)).toMatch(/^Post 1 of/);
  expect(scripts.length).toBeGreaterThan(loadedWithPage);
  const p1 = await stub(page, (s) => {
    for (let i = 0; i < 50 && s.highlighted() !== null; i++) s.finish();
    return s.spoken.slice();
  });
  const source = (await post(1).locator('.post__source').innerText()).trim();
  expect(p1.slice(0, 3)).toEqual([
    expect.stringMatching(/^Post 1 of/),
    expect.stringContaining((await post(1).locator('.post__text').innerText()).slice(0, 30)),
    source,
  ]);
  for (const label of await post(1).locator('.scale label').allInnerTexts())
    expect(p1).toContain(label.trim());
  expect(p1.join(' ')).not.toMatch(/Read aloud|Speed/);
  await post(1).getByRole('button', { name: 'Read aloud' }).click();
  await expect(post(1).getByRole('button', { name: 'Pause' })).toBeVisible();
  await post(2).getByRole('button', { name: 'Read aloud' }).click();
  await expect(post(2).getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(post(1).getByRole('button', { name: 'Read aloud' })).toBeVisible();
  await expect.poll(() => highlighted(page)).toMatch(/^Post 2 of/);

  // A chart's data table is read as the page shows it, row by row (not the chart's drawing).
  await seedProgress(page, {
    version: 1,
    cases: {
      'paramedics-walkout': {
        modules: {
          statistics: {
            status: 'in-progress',
            data: {
              version: 1,
              guesses: { '01-headline-paramedics': 40000 },
              revealed: ['01-headline-paramedics'],
            },
          },
        },
      },
    },
  });
  await page.goto(`${CASE}statistics/`);
  await waitForIslands(page);
  await stub(page, (s) => s.addVoice());
  const figure = page.getByRole('region', { name: /40,000 paramedics/ });
  await figure.getByRole('button', { expanded: false }).click();
  await figure.getByRole('button', { name: 'Read aloud' }).click();
  await expect.poll(() => highlighted(page)).toBe('Figure 1 of 3');
  await checkAxe(page, 'statistics, reading aloud');
  await expect(figure.getByRole('button', { name: 'Stop' })).toBeVisible();
  const f1 = await stub(page, (s) => {
    for (let i = 0; i < 200 && s.highlighted() !== null; i++) s.finish();
    return s.spoken.slice();
  });
  const table = figure.locator('table');
  const caption = (await table.locator('caption').innerText()).trim();
  const header = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim()).join(', ');
  const row = (await table.locator('tbody tr').first().locator('th,td').allInnerTexts())
    .map((c) => c.trim().replace(/\s+/g, ' '))
    .join(', ');
  const tableAt = f1.indexOf(caption);
  expect(tableAt, `the table is read: ${f1.join(' | ')}`).toBeGreaterThan(0);
  expect(f1.slice(tableAt + 1, tableAt + 3)).toEqual([header, row]);
});
