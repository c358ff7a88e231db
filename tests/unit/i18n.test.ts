import { describe, expect, test } from 'vitest';
import { pick, t } from '../../src/i18n';
import { translator } from '../../src/i18n/translate';

describe('UI strings', () => {
  test('fill placeholders and leave unknown ones visible', () => {
    expect(t('overview.minutes', { n: 5 })).toBe('5 min');
    expect(t('overview.minutes')).toBe('{n} min');
  });

  test('a missing key is an error, not an empty string', () => {
    expect(() => (t as (k: string) => string)('overview.nope')).toThrow(
      /Missing UI string: overview.nope/,
    );
  });

  test('an island sees only the namespaces it was given', () => {
    const islandT = translator(pick('summary'));
    expect(islandT('summary.copy')).toBe(t('summary.copy'));
    expect(() => (islandT as (k: string) => string)('home.start')).toThrow();
    expect(Object.keys(pick('summary', 'check'))).toEqual(['summary', 'check']);
  });
});
