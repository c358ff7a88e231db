import { test, expect, waitForIslands, writeProgress } from './fixtures';

test('the Content-Security-Policy blocks inline and third-party scripts on every kind of page', async ({
  page,
}) => {
  for (const path of [
    '/',
    '/paramedics-walkout/article/',
    '/paramedics-walkout/first-impressions/',
    '/teach/assign/',
  ]) {
    await page.goto(path);
    const csp = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content');
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
    expect(csp, path).not.toContain('unsafe-inline');
    const ran = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      // An inserted inline script runs at once, if it may run at all.
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true';
      document.body.append(inline);
      // The inline handler is set before our listener, so it would run first: once our listener
      // has heard the error, the handler has run or been refused.
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handlerRan = true');
      const failed = new Promise((r) => img.addEventListener('error', r, { once: true }));
      img.setAttribute('src', 'x');
      document.body.append(img);
      await failed;
      return { inline: w['__inlineRan'] === true, handler: w['__handlerRan'] === true };
    });
    expect(ran, path).toEqual({ inline: false, handler: false });
  }
});

test('markup hidden in saved answers is shown as text and never runs', async ({ page }) => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
  await page.goto('/');
  await writeProgress(page, {
    version: 1,
    cases: {
      'paramedics-walkout': {
        firstImpressions: {
          believability: 3,
          share: 'no',
          reason: payload,
          claims: {},
          completedAt: 't',
        },
        modules: {},
      },
    },
  });
  await page.goto('/paramedics-walkout/summary/');
  await waitForIslands(page);
  await expect(page.getByText(payload)).toBeVisible();
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  expect(await pwned()).toBeUndefined();
  await page.goto('/paramedics-walkout/first-impressions/');
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Change my answers' }).click();
  await expect(page.getByLabel('In one sentence: why?')).toHaveValue(payload);
  expect(await pwned()).toBeUndefined();
});

test('a script in the address never runs; a bad-link message is looked up by its own keys only (constructor, toString, __proto__)', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto(
    '/paramedics-walkout/?q=<script>alert(1)</script>#link-error=<img src=x onerror=alert(2)>',
  );
  await expect(page.getByRole('alert')).toContainText('could not be opened');
  await expect(page.locator('main img')).toHaveCount(0);
  await page.goto('/a/#1.pw.r.-.%3Cscript%3Ealert(3)%3C%2Fscript%3E..ZZZZ');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(dialogs).toBe(0);

  // A message named by a key every object has is no message of ours.
  const box = page.locator('[data-link-error]');
  for (const key of ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty']) {
    // From another document: a change of the hash alone would not load the page again.
    await page.goto('about:blank');
    await page.goto(`/paramedics-walkout/#link-error=${key}`);
    await expect(box).toBeVisible();
    await expect(box).toHaveText(/^This assignment link could not be opened/);
    await expect(box).not.toContainText('native code');
  }
});

// Every link that leaves the site opens a new tab and tells the other site nothing: crawl.spec.ts.
