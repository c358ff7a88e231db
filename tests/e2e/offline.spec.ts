import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  existsSync,
  statSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, waitForIslands, stepItems } from './fixtures';
import { PAGES } from './pages';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has installed (precaching the whole site) and controls the page. */
async function workerInControl(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
  });
}

test('the site can be installed, and after one visit every page works offline and answers still save', async ({
  page,
  context,
}) => {
  test.slow();
  // The site can be installed: a manifest with a name, a start page and real icons.
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(new URL(href ?? '', page.url()).href);
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Second Look', start_url: '/', display: 'standalone' });
  const sizes = manifest.icons.map((i) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512', '512x512 maskable']));
  for (const icon of manifest.icons) {
    const image = await page.request.get(new URL(icon.src, page.url()).href);
    expect(image.ok(), icon.src).toBe(true);
    expect(image.headers()['content-type'], icon.src).toBe('image/png');
    // A PNG's width and height sit at bytes 16–23 of its header.
    const body = await image.body();
    const [width, height] = [body.readUInt32BE(16), body.readUInt32BE(20)];
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
  }

  // The worker installs (precaching the whole site) and takes control.
  await workerInControl(page);

  await context.setOffline(true);
  for (const path of PAGES) {
    const response = await page.goto(path);
    expect(response?.ok(), path).toBe(true);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    if (await page.locator('astro-island, [data-island]').count()) await waitForIslands(page);
  }

  // Work done offline is kept.
  await page.goto('/paramedics-walkout/first-impressions/');
  await waitForIslands(page);
  await page
    .getByRole('group', { name: 'How believable is this article?' })
    .getByLabel('2')
    .check();
  // A whole module, completed offline.
  await page.goto('/paramedics-walkout/red-flags/');
  await waitForIslands(page);
  await markSentence(page, '40,000 Paramedics WALK OUT', 'Headline vs body');
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
  // The explanations (a JSON file the results load) come from the offline copy too.
  const card = page.getByRole('listitem').filter({ hasText: '“40,000 Paramedics WALK OUT' });
  await card.getByText('Why this is a red flag, and what to do next').click();
  await expect(card.locator('.rf-explain__body')).toContainText('Why it’s a red flag.');

  // Home's "Continue" code comes from the offline copy too.
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Continue where you left off' })).toBeVisible();
  await page.goto('/paramedics-walkout/');
  // (The warm-up comes first; first impressions second.)
  await expect(stepItems(page).nth(1)).toContainText('In progress');

  await expect(stepItems(page).nth(2)).toContainText('Done');

  await context.setOffline(false);
  await page.reload();
  await expect(stepItems(page).nth(1)).toContainText('In progress');
  await expect(stepItems(page).nth(2)).toContainText('Done');
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/** A plain static server for a copy of the built site that the test can change (a "release"). */
async function serve(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    // `/x/` is `/x/index.html`, or `/x.html` (the 404 page), as static hosts serve them.
    const file = [path, `${path}index.html`, `${path.replace(/\/$/, '')}.html`]
      .map((p) => join(root, p))
      .find((f) => f.startsWith(root) && existsSync(f) && statSync(f).isFile());
    const found = file !== undefined;
    res.writeHead(found ? 200 : 404, {
      'content-type': TYPES[extname(file ?? '.html')] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(readFileSync(file ?? join(root, '404.html')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}

async function markSentence(page: Page, text: string, type: string) {
  await page
    .getByRole('article', { name: 'The article, for marking' })
    .getByText(text)
    .first()
    .click();
  await page.getByRole('dialog').getByRole('radio', { name: type }).check();
  await page.getByRole('dialog').getByRole('button', { name: 'Save mark' }).click();
}

test('a new release replaces the offline copy cleanly, and a student mid-module keeps their work', async ({
  page,
  context,
}) => {
  test.slow();
  const root = mkdtempSync(join(tmpdir(), 'second-look-release-'));
  cpSync(process.env['SL_OUT_DIR'] ?? 'dist', root, { recursive: true });
  const { url, server } = await serve(root);
  try {
    await page.goto(`${url}/paramedics-walkout/red-flags/`);
    await workerInControl(page);
    await waitForIslands(page);
    await markSentence(page, '40,000 Paramedics WALK OUT', 'Headline vs body');
    await expect(page.getByRole('region', { name: 'Your marks (1)' })).toBeVisible();

    // Release 2: the article page changed, and the new worker's precache list says so.
    const articleFile = join(root, 'paramedics-walkout/article/index.html');
    writeFileSync(
      articleFile,
      readFileSync(articleFile, 'utf8').replace('</h1>', ' (release 2)</h1>'),
    );
    const swFile = join(root, 'sw.js');
    const sw = readFileSync(swFile, 'utf8');
    const entry = /\{url:"paramedics-walkout\/article\/",revision:"[^"]+"\}/;
    expect(sw).toMatch(entry);
    writeFileSync(
      swFile,
      sw.replace(entry, '{url:"paramedics-walkout/article/",revision:"release-2"}'),
    );

    // The browser finds the new worker (as it does on a later visit); it takes over at once.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
            once: true,
          });
          void navigator.serviceWorker.ready.then((reg) => reg.update());
        }),
    );

    // The student carries on in the page they had open: nothing lost, and saving still works.
    await expect(page.getByRole('region', { name: 'Your marks (1)' })).toBeVisible();
    await markSentence(page, 'Dr. Michael Thornton', 'Unconfirmed expert');
    await expect(page.getByRole('region', { name: 'Your marks (2)' })).toBeVisible();

    // Offline, the new release is what the offline copy holds, and the work is still there.
    await context.setOffline(true);
    await page.goto(`${url}/paramedics-walkout/article/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(release 2)');
    await page.goto(`${url}/paramedics-walkout/red-flags/`);
    await waitForIslands(page);
    await expect(page.getByRole('region', { name: 'Your marks (2)' })).toBeVisible();
    const caches = await page.evaluate(() => window.caches.keys());
    expect(caches.filter((name) => name.includes('precache'))).toHaveLength(1);
    await context.setOffline(false);
  } finally {
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
