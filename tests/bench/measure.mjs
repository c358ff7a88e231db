// Throttled page loads in headless Chromium: one cold load per call, throttled through the Chrome
// DevTools Protocol, timed in the page and its bytes counted (bytes.mjs).
import { countBytes } from './bytes.mjs';
import { installObservers, seedProgress } from './page-scripts.mjs';

/**
 * The throttled profile: Lighthouse's "slow 4G" (mobileSlow4G) numbers applied for real through
 * the Chrome DevTools Protocol, on Lighthouse's mobile viewport.
 */
export const PROFILE = {
  name: 'slow 4G + 4x CPU',
  latencyMs: 150,
  downloadKbps: 1.6 * 1024,
  uploadKbps: 750,
  cpuSlowdown: 4,
  viewport: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  cache: 'cold (a fresh browser context per run)',
  serviceWorkers: 'blocked',
};

/** A first, unthrottled load so that browser start-up costs land on no page. */
export async function warmUp(browser, base) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${base}/`, { waitUntil: 'load' });
  await context.close();
}

/** One cold, throttled load of a page; `seed`: with a student's progress already saved. */
export async function measure(browser, base, path, outDir, seed = false) {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: PROFILE.viewport.width, height: PROFILE.viewport.height },
    deviceScaleFactor: PROFILE.viewport.deviceScaleFactor,
    isMobile: PROFILE.viewport.isMobile,
    hasTouch: PROFILE.viewport.hasTouch,
  });
  try {
    await context.addInitScript(installObservers);
    if (seed) await context.addInitScript(seedProgress);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PROFILE.latencyMs,
      downloadThroughput: (PROFILE.downloadKbps * 1000) / 8,
      uploadThroughput: (PROFILE.uploadKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });

    const requests = [];
    let inFlight = 0;
    let lastNetwork = Date.now();
    page.on('request', (request) => {
      requests.push(request);
      inFlight++;
      lastNetwork = Date.now();
    });
    const settle = () => {
      inFlight = Math.max(0, inFlight - 1);
      lastNetwork = Date.now();
    };
    page.on('requestfinished', settle);
    page.on('requestfailed', settle);

    const response = await page.goto(base + path, { waitUntil: 'load', timeout: 90_000 });
    if (!response || !response.ok()) {
      throw new Error(`${path} answered ${response ? response.status() : 'nothing'}`);
    }

    // Load + quiet: no request in flight for 500 ms, no new long task for 1 s and, where the page
    // has islands, all of them hydrated (at most 20 s after load).
    const deadline = Date.now() + 20_000;
    let longTaskCount = -1;
    let lastLongTask = Date.now();
    for (;;) {
      const state = await page.evaluate(() => ({
        longTasks: window.__bench.longTasks.length,
        islands: document.querySelectorAll('astro-island').length,
        interactive: window.__bench.interactive,
      }));
      if (state.longTasks !== longTaskCount) {
        longTaskCount = state.longTasks;
        lastLongTask = Date.now();
      }
      const now = Date.now();
      const quiet = inFlight === 0 && now - lastNetwork >= 500 && now - lastLongTask >= 1000;
      const hydrated = state.islands === 0 || state.interactive !== null;
      if ((quiet && hydrated) || now > deadline) break;
      await page.waitForTimeout(100);
    }

    // The returning student's row must really be one: its Continue link has to be showing.
    if (seed && !(await page.locator('[data-continue-link]').isVisible()))
      throw new Error(`${path}: saved progress was seeded but "Continue" did not appear`);

    const metrics = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        fcp: fcp ? fcp.startTime : null,
        lcp: window.__bench.lcp,
        lcpElement: window.__bench.lcpElement,
        url: location.pathname,
        longTasks: window.__bench.longTasks,
        interactive: window.__bench.interactive,
        islands: document.querySelectorAll('astro-island').length,
        end: performance.now(),
      };
    });
    let tbt = null;
    if (metrics.fcp !== null) {
      tbt = 0;
      for (const [start, duration] of metrics.longTasks) {
        const from = Math.max(start, metrics.fcp);
        const to = Math.min(start + duration, metrics.end);
        if (to - from > 50) tbt += to - from - 50;
      }
    }

    const counted = await countBytes(requests, outDir);
    return {
      fcpMs: metrics.fcp,
      lcpMs: metrics.lcp,
      lcpElement: metrics.lcpElement,
      finalPath: metrics.url,
      tbtMs: tbt,
      interactiveMs: metrics.islands ? metrics.interactive : null,
      islands: metrics.islands,
      requests: requests.length,
      ...counted,
    };
  } finally {
    await context.close();
  }
}
