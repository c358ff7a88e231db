import { describe, expect, test } from 'vitest';
import { formatPlace, placeOfAnchor } from '../../src/core/place';
import en from '../../src/i18n/en.json';

describe('places in the article', () => {
  test.each([
    ['headline', 'the headline', 'The headline'],
    ['site', 'the site name at the top', 'The site name at the top'],
    ['p14', 'paragraph 14', 'Paragraph 14'],
    ['p45-2', 'paragraph 45, item 2', 'Paragraph 45, item 2'],
  ])('anchor %s reads "%s" in a sentence and "%s" as a label', (anchor, inline, label) => {
    expect(formatPlace(placeOfAnchor(anchor), en.place)).toBe(inline);
    expect(formatPlace(placeOfAnchor(anchor), en.place, true)).toBe(label);
  });
});
