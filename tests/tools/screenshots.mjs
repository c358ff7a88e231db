// Screenshots of pages at desktop and 360 px, light and dark, for a human look.
// Usage: node tests/tools/screenshots.mjs [baseURL] [outDir] [path ...]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const [base = 'http://127.0.0.1:4321', out = '/tmp/shots', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/', '/paramedics-walkout/', '/paramedics-walkout/article/'];
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const scheme of ['light', 'dark']) {
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['mobile', { width: 360, height: 740 }],
  ]) {
    const page = await browser.newPage({ viewport, colorScheme: scheme });
    for (const path of pages) {
      await page.goto(base + path);
      await page.waitForTimeout(300);
      const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
