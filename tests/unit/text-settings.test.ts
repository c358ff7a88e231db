import { describe, expect, test } from 'vitest';
import { TEXT_SETTINGS_KEY, TEXT_SETTINGS_SCRIPT } from '../../src/ui/text-settings.js';

interface Radio {
  name: string;
  value: string;
  checked: boolean;
}

/**
 * Runs the inline script as a page would, against a stand-in document, storage and window: what
 * it puts on <html>, what it saves, and the listeners it adds (to fire them).
 */
function run(storage: Record<string, string> | 'blocked' = {}) {
  const html = { dataset: {} as Record<string, string> };
  const radios: Radio[] = ['1234', 'nw', 'sr'].flatMap((values, group) =>
    [...values].map((value) => ({ name: `ts${group}`, value, checked: false })),
  );
  const listeners: Record<string, (event: unknown) => void> = {};
  const listen = (type: string, fn: (event: unknown) => void) => (listeners[type] = fn);
  const document = {
    documentElement: html,
    querySelectorAll: () => radios,
    addEventListener: listen,
  };
  const localStorage =
    storage === 'blocked'
      ? new Proxy(
          {},
          {
            get: () => {
              throw new DOMException('denied', 'SecurityError');
            },
            set: () => {
              throw new DOMException('denied', 'SecurityError');
            },
          },
        )
      : storage;
  new Function('document', 'localStorage', 'addEventListener', TEXT_SETTINGS_SCRIPT)(
    document,
    localStorage,
    listen,
  );
  return {
    setting: () => html.dataset['text'],
    checked: () =>
      radios
        .filter((r) => r.checked)
        .map((r) => r.value)
        .join(''),
    choose: (name: string, value: string) => listeners['change']?.({ target: { name, value } }),
    loaded: () => listeners['DOMContentLoaded']?.({}),
    otherTab: (key: string, newValue: string | null) => listeners['storage']?.({ key, newValue }),
    shownAgain: (persisted: boolean) => listeners['pageshow']?.({ persisted }),
  };
}

describe('the text settings script', () => {
  test.each([
    ['4wr', '4wr'],
    ['2ns', '2ns'],
    [undefined, '1ns'],
    ['', '1ns'],
    ['5wr', '1ns'],
    ['4wrx', '1ns'],
    ['x4wr', '1ns'],
    ['4wr\n', '1ns'],
    ['4 w r', '1ns'],
    ['{"text-size":"4"}', '1ns'],
    ['WR4', '1ns'],
  ])('a saved %j applies %j', (saved, applied) => {
    const page = run(saved === undefined ? {} : { [TEXT_SETTINGS_KEY]: saved });
    expect(page.setting()).toBe(applied);
    page.loaded();
    expect(page.checked()).toBe(applied);
  });

  test('blocked storage: the defaults, and a choice still applies to the page', () => {
    const page = run('blocked');
    expect(page.setting()).toBe('1ns');
    page.choose('ts0', '4');
    expect(page.setting()).toBe('4ns');
  });

  test('a choice applies at once and is saved; other radios are left alone', () => {
    const storage: Record<string, string> = {};
    const page = run(storage);
    page.choose('ts0', '3');
    page.choose('ts2', 'r');
    expect(page.setting()).toBe('3nr');
    expect(storage[TEXT_SETTINGS_KEY]).toBe('3nr');
    page.choose('answer', 'yes');
    page.choose('ts3', 'w');
    expect(page.setting()).toBe('3nr');
  });

  test('another tab’s choice applies here too; clearing storage there restores the defaults', () => {
    const page = run({ [TEXT_SETTINGS_KEY]: '2ns' });
    page.otherTab(TEXT_SETTINGS_KEY, '4wr');
    expect(page.setting()).toBe('4wr');
    expect(page.checked()).toBe('4wr');
    page.otherTab('second-look:progress', '{}');
    expect(page.setting()).toBe('4wr');
    page.otherTab(TEXT_SETTINGS_KEY, null);
    expect(page.setting()).toBe('1ns');
  });

  test('back to a page the browser kept whole: the setting saved meanwhile applies', () => {
    const storage: Record<string, string> = { [TEXT_SETTINGS_KEY]: '1ns' };
    const page = run(storage);
    storage[TEXT_SETTINGS_KEY] = '3ws';
    page.shownAgain(false);
    expect(page.setting()).toBe('1ns');
    page.shownAgain(true);
    expect(page.setting()).toBe('3ws');
    expect(page.checked()).toBe('3ws');
  });
});
