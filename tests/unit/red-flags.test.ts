import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import * as v from '../../src/core/shape';
import { parseArticle } from '../../src/core/article';
import { t } from '../../src/i18n';
import { sectionHints } from '../../src/modules/red-flags/hints';
import {
  FREE_UNKEYED,
  HINT_COST,
  PRECISION_TARGET,
  creditFor,
  hintCost,
  markCredit,
  marksPassage,
  scoreMarks,
} from '../../src/modules/red-flags/score';
import {
  addMark,
  decodeRedFlagsData,
  hasSavedMarks,
  hintPlaces,
  redFlagsDataSchema,
  type Mark,
} from '../../src/modules/red-flags/scoring';
import {
  locateQuote,
  phraseRange,
  segmentArticle,
  sentenceAt,
  sentenceOf,
  type KeyPassage,
  type MarkingDoc,
} from '../../src/core/marking-doc';

const SAMPLE = [
  'Big Claim Shocks Town | Daily Sample',
  '',
  'Dr. Ann Smith said it was bad. Officials disagree.',
  '',
  'A Subheading Here',
  '',
  'Some 40,000 people left. Nobody knows why.',
  '',
  'Related Post: Another Shock',
  '',
  '  • First item',
  '  • Second item. Still second.',
].join('\n');
const sample = segmentArticle(parseArticle(SAMPLE));
const sentenceTexts = (doc: MarkingDoc) => doc.sentences.map((s) => doc.text.slice(s.start, s.end));
const range = (doc: MarkingDoc, quote: string) => {
  const r = locateQuote(doc, quote);
  if (!r) throw new Error(`not found: ${quote}`);
  return r;
};

describe('segmentArticle', () => {
  test('lays out site, headline and blocks, one sentence per click', () => {
    expect(sentenceTexts(sample)).toEqual([
      'Daily Sample',
      'Big Claim Shocks Town',
      'Dr. Ann Smith said it was bad.',
      'Officials disagree.',
      'A Subheading Here',
      'Some 40,000 people left.',
      'Nobody knows why.',
      'Related Post: Another Shock',
      'First item',
      'Second item.',
      'Still second.',
    ]);
  });

  test('list items are units of their list, and headings start sections', () => {
    expect(sample.units.map((u) => `${u.id}:${u.kind}:${u.section}`)).toEqual([
      'site:site:0',
      'headline:headline:0',
      'p1:paragraph:0',
      'p2:heading:1',
      'p3:paragraph:1',
      'p4:related:1',
      'p5-1:item:1',
      'p5-2:item:1',
    ]);
    expect(sample.units[6]?.listId).toBe('p5');
    expect(sample.sections.map((s) => s.id)).toEqual(['top', 'p2']);
  });

  test('every sentence offset points back into the text', () => {
    for (const s of sample.sentences) expect(sample.text.slice(s.start, s.end).trim()).not.toBe('');
  });
});

describe('locating', () => {
  test.each([
    ['a phrase inside a sentence', '40,000 people', true],
    ['a quote across two sentences of one paragraph', 'bad. Officials', true],
    ['a quote across two paragraphs', 'disagree.\n\nA Subheading', false],
    ['a quote that is not there', '50,000 people', false],
  ])('%s', (_label, quote, found) => {
    expect(locateQuote(sample, quote) !== null).toBe(found);
  });

  test('the nth occurrence of a repeated quote', () => {
    const doc = segmentArticle(parseArticle('H | S\n\nShock here. Shock there.'));
    expect(doc.text.slice(locateQuote(doc, 'Shock', 2)?.start)).toBe('Shock there.');
    expect(locateQuote(doc, 'Shock', 3)).toBeNull();
  });

  test('sentenceAt and sentenceOf find the sentence a range lies in', () => {
    const r = range(sample, 'Officials');
    expect(sentenceAt(sample, r.start)?.index).toBe(3);
    expect(sentenceOf(sample, r)?.index).toBe(3);
    expect(sentenceOf(sample, range(sample, 'bad. Officials'))).toBeNull();
  });
});

describe('phraseRange (a drag across words)', () => {
  const at = (quote: string) => range(sample, quote);
  test.each([
    [
      'a drag inside a word widens to the whole word',
      at('ficia').start,
      at('ficia').end,
      'Officials',
    ],
    [
      'a drag across parts of two words widens to both',
      at('icials disag').start,
      at('icials disag').end,
      'Officials disagree',
    ],
    ['a backwards drag works the same', at('Nobody').end, at('Nobody').start, 'Nobody'],
    ['a number keeps its comma', at('0,0').start, at('0,0').end, '40,000'],
    ['a drag past the sentence stops at its end', at('left').start, at('Nobody').end, 'left.'],
    [
      'a drag into the previous sentence stops at its start',
      at('Officials').end,
      at('Smith').start,
      'Officials',
    ],
  ])('%s', (_label, anchor, focus, expected) => {
    const r = phraseRange(sample, anchor, focus);
    expect(r && sample.text.slice(r.start, r.end)).toBe(expected);
  });

  test('a selection of only spaces or punctuation marks nothing', () => {
    const dot = at('bad.').end - 1;
    expect(phraseRange(sample, dot, dot + 1)).toBeNull();
    expect(phraseRange(sample, 5, 5)).toBeNull();
  });
});

describe('matching marks to key passages', () => {
  const passage: KeyPassage = { id: 'p', start: 100, end: 120, types: ['a', 'b'] };
  test.each([
    ['exactly the passage', 100, 120, true],
    ['a whole sentence around it', 60, 200, true],
    ['a few words inside it', 105, 110, true],
    ['half of the passage', 90, 110, true],
    ['a mark mostly outside, touching a few characters', 50, 103, false],
    ['a mark just before it', 80, 100, false],
    ['a mark just after it', 120, 140, false],
  ])('%s', (_label, start, end, found) => {
    expect(marksPassage({ start, end }, passage)).toBe(found);
  });

  test.each([
    ['the best type earns full credit', 'a', 'full'],
    ['another defensible type earns partial credit', 'b', 'partial'],
    ['any other type still counts as spotted', 'z', 'spotted'],
  ])('%s', (_label, type, credit) => {
    expect(creditFor(passage, type)).toBe(credit);
  });
});

describe('scoreMarks', () => {
  const key: KeyPassage[] = [
    { id: 'one', start: 0, end: 10, types: ['a', 'b'] },
    { id: 'two', start: 20, end: 30, types: ['b'] },
    { id: 'three', start: 40, end: 50, types: ['c', 'a'] },
    { id: 'four', start: 60, end: 70, types: ['d'] },
  ];
  const mark = (start: number, end: number, type: string): Mark => ({ start, end, type });

  test.each([
    ['no marks', [], {}, { earned: 0, found: 0, unkeyed: 0, missed: 4 }],
    [
      'all four, best types',
      [mark(0, 10, 'a'), mark(20, 30, 'b'), mark(40, 50, 'c'), mark(60, 70, 'd')],
      {},
      { earned: 4, found: 4, full: 4 },
    ],
    [
      'full, partial and spotted',
      [mark(0, 10, 'a'), mark(40, 50, 'a'), mark(60, 70, 'a')],
      {},
      { raw: 1.75, full: 1, partial: 1, spotted: 1, missed: 1 },
    ],
    [
      'the best mark on a passage counts once',
      [mark(0, 5, 'b'), mark(5, 10, 'a')],
      {},
      { raw: 1, found: 1, unkeyed: 0 },
    ],
    [
      'one mark across two passages finds both',
      [mark(20, 50, 'b')],
      {},
      { found: 2, full: 1, spotted: 1 },
    ],
    [
      'hints cost points',
      [mark(0, 10, 'a'), mark(20, 30, 'b')],
      { top: 2, p9: 1 },
      { hintCost: 3 * HINT_COST, earned: 2 - 3 * HINT_COST },
    ],
    ['hints never take the score below zero', [mark(0, 10, 'a')], { top: 2, p9: 2 }, { earned: 0 }],
    [
      'a few unkeyed marks cost nothing',
      [mark(0, 10, 'a'), mark(20, 30, 'b'), mark(40, 50, 'c'), mark(80, 90, 'a')],
      {},
      { unkeyed: 1, factor: 1, earned: 3 },
    ],
    [
      'up to three marks outside the key are free',
      [mark(0, 10, 'a'), mark(80, 85, 'a'), mark(86, 90, 'a'), mark(91, 95, 'a')],
      {},
      { unkeyed: FREE_UNKEYED, precision: 1, factor: 1, earned: 1 },
    ],
    [
      'beyond those, mostly unkeyed marks shrink the score',
      [mark(0, 10, 'a'), ...[80, 84, 88, 92, 96, 100].map((s) => mark(s, s + 3, 'a'))],
      {},
      { unkeyed: 6, precision: 0.25, earned: Math.round((0.25 / PRECISION_TARGET) * 100) / 100 },
    ],
  ])('%s', (_label, marks, hints, expected) => {
    const score = scoreMarks(marks as Mark[], key, hints as Record<string, number>);
    expect(score).toMatchObject(expected);
    expect(score.possible).toBe(4);
    expect(score.earned).toBeGreaterThanOrEqual(0);
    expect(score.earned).toBeLessThanOrEqual(score.possible);
  });

  test('marks outside the key are reported, never matched', () => {
    const score = scoreMarks([mark(80, 90, 'a'), mark(0, 10, 'a')], key);
    expect(score.marks).toEqual([
      { index: 0, passages: [] },
      { index: 1, passages: ['one'] },
    ]);
    expect(markCredit(mark(80, 90, 'a'), key)).toBeNull();
    expect(markCredit(mark(40, 50, 'a'), key)).toBe('partial');
  });

  test('the score stays between 0 and the possible points for any marks and hints', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            start: fc.nat(100),
            len: fc.integer({ min: 1, max: 40 }),
            type: fc.constantFrom('a', 'b', 'c', 'd', 'z'),
          }),
        ),
        fc.dictionary(fc.string(), fc.integer({ min: -3, max: 9 })),
        (raw, hints) => {
          const marks = raw.map((m) => ({ start: m.start, end: m.start + m.len, type: m.type }));
          const score = scoreMarks(marks, key, hints);
          return (
            score.earned >= 0 && score.earned <= score.possible && score.found + score.missed === 4
          );
        },
      ),
    );
  });
});

describe('hints', () => {
  test.each([
    [{}, 0],
    [{ top: 1 }, HINT_COST],
    [{ top: 2, p8: 1 }, 3 * HINT_COST],
    [{ top: 7 }, 2 * HINT_COST],
    [{ top: -1, p8: Number.NaN }, 0],
  ])('%j costs %d', (hints, cost) => {
    expect(hintCost(hints)).toBe(cost);
  });

  test('the first hint names the paragraphs that hold key passages', () => {
    const key = [range(sample, 'Big Claim'), range(sample, 'Officials'), range(sample, 'Nobody')];
    expect(hintPlaces(sample, key, 0)).toEqual(['headline', '1']);
    expect(hintPlaces(sample, key, 1)).toEqual(['3']);
  });

  test("the page builds each section's hints as sentences; a section with no passage gets none", () => {
    const key = [
      { ...range(sample, 'Big Claim'), hint: 'Look at the capitals.' },
      { ...range(sample, 'Officials'), hint: 'Which officials?' },
    ];
    expect(sectionHints(t, sample, key)).toEqual({
      top: {
        where: 'Our key holds 2 passages in this section. Look at the headline and paragraph 1.',
        nudges: ['The headline: Look at the capitals.', 'Paragraph 1: Which officials?'],
      },
    });
  });
});

describe('addMark', () => {
  test('keeps marks in reading order and replaces what the new mark overlaps', () => {
    const a = { start: 10, end: 20, type: 'a' };
    const b = { start: 30, end: 40, type: 'b' };
    expect(addMark([b], a)).toEqual({ marks: [a, b], replaced: 0 });
    const wide = { start: 5, end: 35, type: 'c' };
    expect(addMark([a, b], wide)).toEqual({ marks: [wide], replaced: 2 });
  });
});

describe('decodeRedFlagsData (saved data)', () => {
  const types = ['a', 'b'];
  const officials = range(sample, 'Officials');
  const good = {
    v: 1,
    marks: [{ ...officials, type: 'a', text: 'Officials' }],
    hints: { top: 1 },
    checked: true,
  };

  test('whether marks were saved is known before reading them (the kinds load first)', () => {
    expect(hasSavedMarks(good)).toBe(true);
    expect(hasSavedMarks({ ...good, marks: [] })).toBe(false);
    for (const raw of [undefined, null, 'x', 3, {}, { marks: 'no' }])
      expect(hasSavedMarks(raw)).toBe(false);
    // Read without the kinds, the marks would not fit: the island waits for them.
    expect(decodeRedFlagsData(good, sample, []).data.marks).toEqual([]);
  });

  test('nothing saved is a fresh start', () => {
    expect(decodeRedFlagsData(undefined, sample, types)).toMatchObject({
      status: 'fresh',
      dropped: 0,
    });
  });

  test('valid data comes back as saved', () => {
    expect(decodeRedFlagsData(good, sample, types)).toEqual({
      status: 'ok',
      data: good,
      dropped: 0,
    });
  });

  test.each([
    ['a wrong version', { ...good, v: 2 }],
    ['marks that are not a list', { ...good, marks: 'x' }],
    ['a hint level out of range', { ...good, hints: { top: 9 } }],
    ['a string', 'hello'],
  ])('%s is invalid and starts fresh', (_label, raw) => {
    const decoded = decodeRedFlagsData(raw, sample, types);
    expect(decoded.status).toBe('invalid');
    expect(decoded.data.marks).toEqual([]);
  });

  test.each([
    ['text that no longer matches', { ...officials, type: 'a', text: 'Something' }],
    ['an unknown type', { ...officials, type: 'zzz', text: 'Officials' }],
    ['offsets past the end', { start: 9000, end: 9005, type: 'a', text: '' }],
    [
      'a range across two sentences',
      { ...range(sample, 'bad. Officials'), type: 'a', text: 'bad. Officials' },
    ],
  ])('a mark with %s is dropped and counted', (_label, mark) => {
    const decoded = decodeRedFlagsData({ ...good, marks: [good.marks[0], mark] }, sample, types);
    expect(decoded.status).toBe('ok');
    expect(decoded.data.marks).toEqual(good.marks);
    expect(decoded.dropped).toBe(1);
  });

  test('hints for sections that no longer exist are dropped', () => {
    expect(
      decodeRedFlagsData({ ...good, hints: { top: 1, p99: 2 } }, sample, types).data.hints,
    ).toEqual({ top: 1 });
  });

  test('never throws, and always returns data the schema accepts', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const decoded = decodeRedFlagsData(raw, sample, types);
        return v.safeParse(redFlagsDataSchema, decoded.data).success;
      }),
    );
  });

  test('keeps every well-formed mark that fits the article', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sample.sentences), fc.constantFrom(...types), (s, type) => {
        const mark = { start: s.start, end: s.end, type, text: sample.text.slice(s.start, s.end) };
        const decoded = decodeRedFlagsData({ v: 1, marks: [mark], hints: {} }, sample, types);
        return decoded.data.marks.length === 1 && decoded.dropped === 0;
      }),
    );
  });
});

describe('on the real article and answer key', () => {
  const doc = segmentArticle(
    parseArticle(readFileSync('content/cases/paramedics-walkout/article.txt', 'utf8')),
  );
  const key = loadKey(doc);
  const typeIds = [...new Set(key.flatMap((p) => p.types))];
  const percent = (marks: Mark[]) => {
    const s = scoreMarks(marks, key);
    return (100 * s.earned) / s.possible;
  };
  const everySentence = (type: (i: number) => string) =>
    doc.sentences.map((s, i) => ({ start: s.start, end: s.end, type: type(i) }));

  test('marking every passage precisely with our best type scores 100%', () => {
    expect(
      percent(key.map((p) => ({ start: p.start, end: p.end, type: p.types[0] as string }))),
    ).toBe(100);
  });

  test.each(typeIds)('marking every sentence as "%s" scores under 25%', (type) => {
    expect(percent(everySentence(() => type))).toBeLessThan(25);
  });

  test('marking every sentence, even with the best type wherever it helps, scores under 45%', () => {
    const bestTypeAt = (i: number) => {
      const s = doc.sentences[i];
      const hit = key.find((p) => s && p.start < s.end && p.end > s.start);
      return hit?.types[0] ?? 'emotive-language';
    };
    expect(percent(everySentence(bestTypeAt))).toBeLessThan(45);
  });

  test('a careful student (half the key, good types, a few extra marks) beats marking everything', () => {
    const half = key.filter((_p, i) => i % 2 === 0);
    const careful = [
      ...half.map((p) => ({ start: p.start, end: p.end, type: p.types[0] as string })),
      ...doc.sentences
        .filter((s) => !key.some((p) => p.start < s.end && p.end > s.start))
        .slice(0, 5)
        .map((s) => ({ start: s.start, end: s.end, type: 'emotive-language' })),
    ];
    const everything = Math.max(...typeIds.map((type) => percent(everySentence(() => type))));
    expect(percent(careful)).toBeGreaterThan(40);
    expect(percent(careful)).toBeGreaterThan(everything * 2);
  });
});

/** The answer key's quotes and types, read straight from the content files. */
function loadKey(doc: MarkingDoc): KeyPassage[] {
  const dir = 'content/cases/paramedics-walkout/red-flags';
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${dir}/${file}`, 'utf8'))?.[1];
      const data = parseYaml(front ?? '') as { quote: string; types: string[] };
      const r = locateQuote(doc, data.quote);
      if (!r) throw new Error(`${file}: quote not found`);
      return { id: file, ...r, types: data.types };
    });
}
