import { describe, expect, it } from 'vitest';
import {
  MAX_UTTERANCE,
  pickVoice,
  sentenceSpans,
  utterancesOf,
  type Piece,
} from '../../src/core/read-aloud';

/** A block of pieces whose nodes are their own labels, so points read as `label@offset`. */
const block = (...texts: (string | [string])[]): Piece<string>[] =>
  texts.map((t, i) => (Array.isArray(t) ? { text: t[0] } : { text: t, node: `n${i}` }));
const spoken = (blocks: Piece<string>[][]) => utterancesOf(blocks).map((u) => u.text);

describe('utterancesOf', () => {
  it('reads paragraphs in order, sentence by sentence', () => {
    expect(spoken([block('First one. Second one!'), block('Next paragraph?')])).toEqual([
      'First one.',
      'Second one!',
      'Next paragraph?',
    ]);
  });

  it('collapses the whitespace of the markup and drops empty blocks', () => {
    expect(spoken([block('\n    Indented\n    text.  '), block('   \n'), block('')])).toEqual([
      'Indented text.',
    ]);
  });

  it('keeps a sentence together across text nodes (a link or <strong> inside it)', () => {
    const [u] = utterancesOf([block('Read the ', 'source', ' line. ')]);
    expect(u).toMatchObject({
      text: 'Read the source line.',
      start: { node: 'n0', offset: 0 },
      end: { node: 'n2', offset: 6 },
    });
  });

  it('points each sentence at its node offsets, past leading whitespace', () => {
    const us = utterancesOf([block('  One. Two.')]);
    expect(us.map((u) => [u.start.offset, u.end.offset])).toEqual([
      [2, 6],
      [7, 11],
    ]);
  });

  it('reads separators (between table cells) but never points a highlight at one', () => {
    const us = utterancesOf([block('Year', [', '], '2023', [', ']), block('Source: a survey.')]);
    expect(us.map((u) => u.text)).toEqual(['Year, 2023,', 'Source: a survey.']);
    expect(us[0]?.end).toEqual({ node: 'n2', offset: 4 });
    expect(us.map((u) => u.block)).toEqual([0, 1]);
  });

  it('does not end a sentence after a title or a time', () => {
    expect(spoken([block('Dr. Smith spoke at 9 a.m. on Monday. Then he left.')])).toEqual([
      'Dr. Smith spoke at 9 a.m. on Monday.',
      'Then he left.',
    ]);
  });
});

describe('sentenceSpans', () => {
  it('splits a very long sentence into parts at a pause, none longer than the limit', () => {
    const long = Array.from({ length: 40 }, (_, i) => `clause number ${i}`).join(', ') + '.';
    const parts = sentenceSpans(long).map(([s, e]) => long.slice(s, e));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= MAX_UTTERANCE)).toBe(true);
    expect(parts.join('')).toBe(long);
    expect(parts[0]?.endsWith(',')).toBe(true);
  });
});

describe('pickVoice', () => {
  const v = (lang: string, extra: { default?: boolean; localService?: boolean } = {}) => ({
    lang,
    ...extra,
  });
  it('prefers the page language, then a local English voice, then any English one', () => {
    expect(pickVoice([v('fr-FR'), v('en-US'), v('en-GB')], 'en-GB')?.lang).toBe('en-GB');
    expect(
      pickVoice([v('fr-FR'), v('en-US'), v('en_GB', { localService: true })], 'en')?.lang,
    ).toBe('en_GB');
    expect(pickVoice([v('fr-FR', { default: true }), v('en-AU')], 'en')?.lang).toBe('en-AU');
  });
  it('falls back to the default voice, and to nothing without voices', () => {
    expect(pickVoice([v('de-DE'), v('fr-FR', { default: true })], 'en')?.lang).toBe('fr-FR');
    expect(pickVoice([], 'en')).toBeUndefined();
  });
});
