/**
 * The Chromium the end-to-end tests and the benchmark use, found the same way for both:
 * $CHROMIUM_PATH, then Playwright's own download (where a machine has one), then the system's.
 * (Plain JavaScript so that the benchmark, a Node script, can import it too.)
 */
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

/** The one line to print when there is none. */
export const NO_CHROMIUM =
  'No Chromium found: install one with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH).';

/** @returns {string | null} the path of a Chromium, or null when the machine has none */
export function findChromium() {
  let playwrights;
  try {
    playwrights = chromium.executablePath();
  } catch {
    playwrights = undefined;
  }
  const candidates = [
    process.env['CHROMIUM_PATH'],
    playwrights,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/snap/bin/chromium',
  ];
  return candidates.find((p) => !!p && existsSync(p)) ?? null;
}
