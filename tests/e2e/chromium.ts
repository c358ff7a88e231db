import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Chromium flags that work headless as root on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Finds a Chromium to test with: $CHROMIUM_PATH, then Playwright's own download (where a
 * machine has one), then the system's. Throws one clear line when there is none.
 */
export function findChromium(): string {
  const candidates = [
    process.env['CHROMIUM_PATH'],
    safe(() => chromium.executablePath()),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/snap/bin/chromium',
  ];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests: install one with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH).',
    );
  }
  return found;
}

function safe(get: () => string): string | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}
