import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, NO_CHROMIUM, findChromium } from './tests/tools/chromium.mjs';

const port = Number(process.env['SL_PORT'] ?? 4321);
const chromiumPath = findChromium();
if (!chromiumPath) throw new Error(`End-to-end tests: ${NO_CHROMIUM}`);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // Parallel runs (different SL_OUT_DIR) keep their traces apart.
  outputDir: process.env['SL_OUT_DIR']
    ? `test-results/${process.env['SL_OUT_DIR']}`
    : 'test-results',
  fullyParallel: true,
  workers: 2,
  // No retries: a test that needs one is a bug to fix, not to hide.
  retries: 0,
  reporter: 'list',
  // Long stories on a busy two-core machine; a real hang still fails within a minute.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    // A trace of every test costs about 40% more CPU; on failure there is still a screenshot and the
    // page's accessibility snapshot. SL_TRACE=1 keeps a trace of each failing test.
    trace: process.env['SL_TRACE'] === '1' ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    // The offline story turns the service worker on for itself; elsewhere it would only add noise.
    serviceWorkers: 'block',
    launchOptions: { executablePath: chromiumPath, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node_modules/.bin/astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 30_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
