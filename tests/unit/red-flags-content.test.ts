import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseArticle, citeIds } from '../../src/core/article';
import { ContentError, parseContent } from '../../src/content/errors';
import { locateQuote, overlap, segmentArticle } from '../../src/core/marking-doc';
import { redFlagPassageSchema } from '../../src/modules/red-flags/schema';
import { locateKeyPassages, type KeyEntryInput } from '../../src/content/checks/red-flags';
import { readRedFlagTypes } from '../../src/content/loaders';

const CASE = 'content/cases/paramedics-walkout';
const KEY_DIR = `${CASE}/red-flags`;
const articleText = readFileSync(`${CASE}/article.txt`, 'utf8');
const doc = segmentArticle(parseArticle(articleText));
const types = readRedFlagTypes('content/red-flag-types.yaml');
const typeIds = new Set(types.map((t) => t.id));

const files = readdirSync(KEY_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const entries: (KeyEntryInput & { body: string })[] = files.map((name) => {
  const file = `${KEY_DIR}/${name}`;
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  const data = parseContent(redFlagPassageSchema, parseYaml(match?.[1] ?? ''), file);
  return { id: name.replace(/\.mdx$/, ''), file, data, body: match?.[2] ?? '' };
});
const key = locateKeyPassages(doc, entries, typeIds);

/** Key passages overlapping the first occurrence of `phrase` in the article. */
function covering(phrase: string, occurrence = 1): typeof key {
  const r = locateQuote(doc, phrase, occurrence);
  if (!r) throw new Error(`test phrase not in the article: ${phrase}`);
  return key.filter((p) => overlap(p, r) > 0);
}

const temp = mkdtempSync(join(tmpdir(), 'sl-red-flags-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the taxonomy', () => {
  test('has the types the lesson promises, each with a source for its idea', () => {
    for (const id of [
      'headline-mismatch',
      'emotive-language',
      'anonymous-source',
      'unseen-document',
      'unsourced-number',
      'stat-out-of-context',
      'uncheckable-expert',
      'blame-group',
      'hidden-truth',
      'engagement-bait',
      'borrowed-credibility',
    ])
      expect(typeIds, id).toContain(id);
    for (const t of types) expect(t.sources.length, t.id).toBeGreaterThan(0);
  });

  test('names the established ideas: SIFT, lateral reading and the Bad News techniques', () => {
    const ideas = types.map((t) => t.idea).join(' ');
    expect(ideas).toMatch(/SIFT/);
    expect(ideas).toMatch(/[Ll]ateral reading/);
    expect(ideas).toMatch(/Bad News/);
  });

  test('no example is taken from the article (no run of five words in common)', () => {
    const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}’',]+/gu) ?? [];
    const article = ` ${words(articleText).join(' ')} `;
    for (const t of types) {
      const w = words(t.example);
      for (let i = 0; i + 5 <= w.length; i++)
        expect(article, `${t.id}: "${w.slice(i, i + 5).join(' ')}"`).not.toContain(
          ` ${w.slice(i, i + 5).join(' ')} `,
        );
    }
  });

  test.each([
    [
      'a duplicate id',
      (y: string) =>
        `${y}\n- id: blame-group\n  name: Again\n  short: Again\n  definition: A definition long enough to pass.\n  example: An example long enough to pass the check.\n  idea: Some idea here\n  sources: [sift-sfu]\n`,
      /red-flag-types\.yaml[\s\S]*duplicate id "blame-group"/,
    ],
    [
      'a missing definition',
      (y: string) => y.replace(/^ {2}definition: .*$/m, ''),
      /red-flag-types\.yaml[\s\S]*0\.definition/,
    ],
    ['broken YAML', (y: string) => `${y}\n  : : :`, /red-flag-types\.yaml[\s\S]*not valid YAML/],
  ])('bad taxonomy content fails naming file and field: %s', (_label, edit, message) => {
    const file = join(temp, 'red-flag-types.yaml');
    writeFileSync(file, edit(readFileSync('content/red-flag-types.yaml', 'utf8')));
    expect(() => readRedFlagTypes(file, temp)).toThrow(message);
  });
});

describe('the answer key', () => {
  test('every quote is in the article verbatim, exactly once', () => {
    for (const e of entries) {
      expect(articleText, e.file).toContain(e.data.quote);
      expect(articleText.split(e.data.quote).length - 1, e.file).toBe(1);
    }
  });

  test('holds at least 25 passages across at least 9 types, every type used', () => {
    expect(key.length).toBeGreaterThanOrEqual(25);
    const best = new Set(key.map((p) => p.types[0]));
    expect(best.size).toBeGreaterThanOrEqual(9);
    for (const id of typeIds)
      expect(
        key.some((p) => p.types.includes(id)),
        id,
      ).toBe(true);
  });

  test('runs from the headline to the comment prompt, with a passage in every section', () => {
    expect(covering('40,000 Paramedics WALK OUT').length).toBe(1);
    expect(covering('Your voice matters in this conversation.').length).toBe(1);
    const sectionsWithText = doc.sections.filter((s) => s.title !== 'Leave a Reply');
    for (const section of sectionsWithText) {
      const inSection = key.filter((p) => {
        const sentence = doc.sentences.find((s) => s.start <= p.start && p.start <= s.end);
        return sentence && doc.units[sentence.unit]?.section === section.index;
      });
      expect(inSection.length, section.title || 'opening').toBeGreaterThan(0);
    }
  });

  test('follows the "40,000" from the headline through the body', () => {
    for (const phrase of [
      '40,000 Paramedics WALK OUT',
      '40,000 paramedics withdraw from duty',
      '40,000 qualified paramedics and nurses',
      '40,000 qualified nurses',
      'The 40,000 departures',
      '40,000 professionals deciding',
    ])
      expect(covering(phrase).length, phrase).toBeGreaterThan(0);
  });

  test.each([
    ['obtained by sources within the NHS emergency coordination network'],
    ['senior emergency planners describe it behind closed doors'],
    ['One senior dispatcher in the West Midlands'],
    ['speak to anyone working inside emergency operations'],
    ['according to sources within Number 10'],
    ['One senior insider, speaking off the record'],
    ['Even NHS leadership'],
    ['One exhausted operations manager'],
    ['The people running the crisis say the opposite.'],
    ['those running it describe the situation'],
  ])('covers the anonymous source "%s"', (phrase) => {
    expect(covering(phrase).some((p) => p.types.includes('anonymous-source'))).toBe(true);
  });

  test.each([
    ['leaked internal correspondence'],
    ['One internal briefing'],
    ['internal NHS command dashboard'],
    ['His body camera footage'],
    ['an internal call that was subsequently leaked'],
    ['leaked audio recordings'],
    ['in their incident logs'],
    ['internal monitoring dashboard'],
    ['An internal Home Office analysis'],
    ['post-incident report'],
    ['internal NHS geographic analysis'],
    ['a leaked internal briefing circulated late last night'],
    ['Internal reports clearly document the correlation'],
    ['Leaked internal communications from NHS command structures'],
  ])('covers the unseen document "%s"', (phrase) => {
    expect(covering(phrase).some((p) => p.types.includes('unseen-document'))).toBe(true);
  });

  test.each([
    ['both named doctors', ['Dr. Michael Thornton', 'Dr. Sarah Hendricks'], 'uncheckable-expert'],
    ['the Related Post line', ['Related Post: £40 Billion Tax Shock'], 'engagement-bait'],
    ['the source list', ['Multiple UK news outlets including BBC'], 'borrowed-credibility'],
    ['the closing question', ['The question Britain must now answer'], 'hidden-truth'],
  ])('covers %s', (_label, phrases, type) => {
    for (const phrase of phrases)
      expect(
        covering(phrase).some((p) => p.types[0] === type),
        phrase,
      ).toBe(true);
  });

  test('practises passages that check out: the real figure and the one real source, each with a way to confirm it', () => {
    const sound = entries.filter((e) => e.data.kind === 'sound');
    expect(sound.map((e) => e.data.quote)).toEqual([
      'The Nuffield Trust analysis revealing that more than 40,000 qualified nurses have left NHS employment—representing 11.5% of the total nursing workforce',
      'Nuffield Trust nursing workforce analysis',
    ]);
    for (const e of sound) {
      expect(e.body, e.file).toMatch(/\*\*Why it checks out\.\*\*/);
      expect(e.data.confirm, e.file).toMatch(/Search for/);
    }
  });

  test('a core one class period holds: 15 red flags, the rest extras', () => {
    const flags = entries.filter((e) => e.data.kind === 'red-flag');
    expect(flags.filter((e) => e.data.tier === 'core')).toHaveLength(15);
    expect(flags.filter((e) => e.data.tier === 'extra')).toHaveLength(flags.length - 15);
  });

  test('says plainly what checks out: the 11.5% figure and the Prime Minister’s title', () => {
    const nuffield = covering('11.5% of the total nursing workforce')[0];
    expect(entries.find((e) => e.id === nuffield?.id)?.body).toMatch(/11\.5%/);
    const starmer = covering('Starmer declined')[0];
    expect(starmer?.entry.data.checksOut).toMatch(/Prime Minister/);
  });

  test('every explanation cites a registered source and says what to do next', () => {
    const registry = readFileSync('content/sources.yaml', 'utf8');
    for (const e of entries) {
      const cites = citeIds(e.body);
      expect(cites.length, e.file).toBeGreaterThan(0);
      for (const id of cites) expect(registry, `${e.file}: ${id}`).toContain(`id: ${id}\n`);
      if (e.data.kind === 'red-flag')
        expect(e.body, e.file).toMatch(/\*\*What a careful reader does next\.\*\*/);
    }
  });

  test('keeps to the fact sheet’s wording about people and groups', () => {
    for (const e of entries) {
      const text = `${e.data.hint} ${e.data.checksOut ?? ''} ${e.body}`;
      expect(text, e.file).not.toMatch(
        /does(?:n['’]t| not) exist|is fake|made[- ]up|\bliar|\bhoax/i,
      );
      expect(text, e.file).not.toMatch(/illegal (?:immigrants|migrants)/i);
    }
    const hendricks = entries.find((e) => e.data.quote.startsWith('Dr. Sarah Hendricks'));
    expect(hendricks?.body).toContain(
      'We could not find any record of her in the sources we searched',
    );
  });
});

describe('bad key content fails the build, naming the file and field', () => {
  const base = entries.find((e) => e.data.quote.startsWith('40,000 Paramedics')) as KeyEntryInput;
  const variant = (data: Partial<KeyEntryInput['data']>): KeyEntryInput => ({
    ...base,
    file: 'content/cases/x/red-flags/99-bad.mdx',
    data: { ...base.data, ...data },
  });
  const errorOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof ContentError) return error.message;
      throw error;
    }
    throw new Error('expected a ContentError');
  };

  test.each([
    [
      'a quote not in the article',
      { quote: 'Paramedics walk out' },
      /99-bad\.mdx[\s\S]*quote: not found verbatim/,
    ],
    [
      'a quote with straight quotes for curly ones',
      { quote: "won't acknowledge" },
      /99-bad\.mdx[\s\S]*quote: not found/,
    ],
    [
      'a quote that appears twice',
      { quote: 'hostile perimeter' },
      /99-bad\.mdx[\s\S]*appears \d+ times/,
    ],
    ['an unknown type', { types: ['clickbait'] }, /99-bad\.mdx[\s\S]*types\.0: "clickbait"/],
  ])('%s', (_label, data, message) => {
    expect(errorOf(() => locateKeyPassages(doc, [variant(data)], typeIds))).toMatch(message);
  });

  test('two passages overlapping', () => {
    const other = variant({ quote: 'Paramedics WALK OUT' });
    expect(errorOf(() => locateKeyPassages(doc, [base, other], typeIds))).toMatch(
      /99-bad\.mdx[\s\S]*overlaps/,
    );
  });

  test('a frontmatter field of the wrong kind', () => {
    expect(() =>
      parseContent(redFlagPassageSchema, { ...base.data, difficulty: 'tricky' }, 'x.mdx'),
    ).toThrow(/x\.mdx[\s\S]*difficulty/);
  });
});
