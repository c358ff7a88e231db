import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readTransferPosts } from '../../src/content/transfer-loader';
import {
  checkTransferAddresses,
  checkTransferPosts,
  transferProblems,
  unknownAddressProblems,
} from '../../src/content/checks/transfer';
import {
  MADE_UP_LABEL,
  transferPostEntrySchema,
  transferTechniques,
  type TransferPost,
} from '../../src/modules/transfer/schema';

const FILE = 'content/transfer/posts.yaml';
const posts = readTransferPosts(FILE);
// The fact sheets sit beside the repository (../shared/), as the lesson's own rules say.
const TRANSFER = readFileSync('../shared/TRANSFER.md', 'utf8');
const FACTS = readFileSync('../shared/FACTS.md', 'utf8');
const VERIFICATION = readFileSync('content/transfer/VERIFICATION.md', 'utf8');

const inForm = (form: string) =>
  posts.filter((p) => p.form === form).sort((a, b) => a.position - b.position);

const temp = mkdtempSync(join(tmpdir(), 'sl-transfer-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the real content', () => {
  test('holds forms A, B and C of 6 accurate + 6 made-up posts each, and passes every check', () => {
    expect(posts).toHaveLength(36);
    for (const form of ['A', 'B', 'C']) {
      expect(inForm(form).map((p) => p.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(inForm(form).filter((p) => p.accurate)).toHaveLength(6);
    }
    expect(transferProblems(posts)).toEqual([]);
  });

  test("every form has TRANSFER.md's order of truth, ✔✘✘✔✘✔✔✘✔✘✘✔", () => {
    for (const form of ['A', 'B', 'C'])
      expect(
        inForm(form)
          .map((p) => (p.accurate ? '✔' : '✘'))
          .join(''),
        form,
      ).toBe('✔✘✘✔✘✔✔✘✔✘✘✔');
    expect(TRANSFER).toContain('(✔✘✘✔✘✔✔✘✔✘✘✔)');
  });

  test('puts each post where the tables of TRANSFER.md Part 3 and Part 3C put it', () => {
    const rows = TRANSFER.split('\n').filter((l) => /^\| \d+ \| [✔✘] \|/.test(l));
    const placed = new Map<string, string>();
    for (const row of rows) {
      const cells = row.split('|').map((c) => c.trim());
      const position = cells[1];
      // Part 3: | Pos | Truth | FORM A | tone | FORM B | tone | … ; Part 3C: | Pos | Truth | A | B | C | …
      const isPart3C = /^C-/.test(cells[5] ?? '');
      const forms: [string, string | undefined][] = isPart3C
        ? [['C', cells[5]]]
        : [
            ['A', cells[3]],
            ['B', cells[5]],
          ];
      for (const [form, cell] of forms) {
        const id = /^((?:C-)?(?:ACC|INA)-\d+)/.exec(cell ?? '')?.[1];
        if (id) placed.set(id.toLowerCase(), `${form}${position}`);
      }
    }
    expect(placed.size).toBe(36);
    for (const post of posts)
      expect(`${post.form}${post.position}`, post.id).toBe(placed.get(post.id));
  });

  test('copies every post, source line, explanation, technique note and quote verbatim from TRANSFER.md', () => {
    for (const post of posts) {
      for (const field of [
        'text',
        'sourceLine',
        'explanation',
        'techniquesText',
        'howItDistorts',
        'topic',
      ] as const) {
        const value = post[field];
        if (value !== undefined) expect(TRANSFER, `${post.id}.${field}`).toContain(value);
      }
      for (const source of post.sourcePages) {
        if (source.quote) expect(TRANSFER, `${post.id} quote`).toContain(source.quote);
      }
      for (const note of post.teacherNotes ?? [])
        expect(TRANSFER, `${post.id} note`).toContain(note);
    }
  });

  test('takes "figure refers to" and "as of" lines from TRANSFER.md, or from the verification record', () => {
    for (const post of posts)
      for (const field of ['figureRefersTo', 'asOf'] as const) {
        const value = post[field];
        if (value === undefined) continue;
        const where = TRANSFER.includes(value) || VERIFICATION.includes(`\`${value}\``);
        expect(where, `${post.id}.${field}: ${value}`).toBe(true);
      }
  });

  test('gives only addresses and sites that are in the fact sheets', () => {
    expect(unknownAddressProblems(posts, [TRANSFER, FACTS])).toEqual([]);
    expect(() => checkTransferAddresses(posts, [TRANSFER, FACTS], FILE)).not.toThrow();
  });

  test('labels every made-up post, and its explanation says so first', () => {
    for (const post of posts.filter((p) => !p.accurate)) {
      expect(post.madeUpLabel, post.id).toBe(MADE_UP_LABEL);
      expect(post.explanation, post.id).toMatch(/^This was made up for this lesson[.,]/);
      expect(post.techniques?.length, post.id).toBeGreaterThan(0);
    }
    for (const post of posts.filter((p) => p.accurate)) {
      expect(post.madeUpLabel, post.id).toBeUndefined();
      expect(post.explanation, post.id).toMatch(/^This checks out/);
    }
  });

  test('has two twists of a real figure per form, each with its real source', () => {
    for (const form of ['A', 'B', 'C']) {
      const twists = inForm(form).filter((p) => p.howItDistorts);
      expect(twists, form).toHaveLength(2);
      for (const twist of twists) expect(twist.sourcePages.length, twist.id).toBeGreaterThan(0);
    }
  });

  test('uses every technique id at least once, from the list in the schema', () => {
    const used = new Set(posts.flatMap((p) => p.techniques ?? []));
    expect([...used].sort()).toEqual(Object.keys(transferTechniques).sort());
  });

  test('says where a careful reader would check every accurate post: the organisation and its site', () => {
    for (const post of posts.filter((p) => p.accurate)) {
      expect(post.whereToCheck.length, post.id).toBeGreaterThan(0);
      expect(post.sourcePages.length, post.id).toBeGreaterThan(0);
    }
    const metOffice = posts.find((p) => p.id === 'acc-1');
    expect(metOffice?.whereToCheck).toEqual([
      { organisation: 'Met Office', site: 'metoffice.gov.uk' },
    ]);
  });

  test('dates every "record" and "latest" claim', () => {
    for (const id of ['acc-1', 'acc-2', 'acc-8', 'ina-2', 'c-acc-1', 'c-acc-6', 'c-ina-11'])
      expect(posts.find((p) => p.id === id)?.asOf, id).toMatch(/\b(19|20)\d\d\b/);
  });

  test('an entry of the collection is a post plus its place in the file', () => {
    const first = posts[0]!;
    expect(transferPostEntrySchema.parse({ ...first, order: 0 })).toMatchObject({
      id: first.id,
      order: 0,
    });
  });
});

describe('checks across posts fail naming the file and the field', () => {
  const copy = (): TransferPost[] => structuredClone(posts);
  const index = (list: TransferPost[], id: string) => list.findIndex((p) => p.id === id);
  const fails = (list: TransferPost[], message: RegExp) =>
    expect(() => checkTransferPosts(list, FILE)).toThrow(message);

  test('a duplicate id', () => {
    const list = copy();
    list[1]!.id = list[0]!.id;
    fails(list, /content\/transfer\/posts\.yaml[\s\S]*1\.id \(acc-8\): duplicate id "acc-8"/);
  });

  test('a form without 6 accurate + 6 made-up posts', () => {
    const list = copy();
    list[index(list, 'ina-6')]!.accurate = true;
    fails(
      list,
      /posts\.yaml[\s\S]*\.accurate \([a-z0-9-]+\): form A has 7 accurate and 5 made-up posts/,
    );
  });

  test('two posts at one position, and a position left empty', () => {
    const list = copy();
    const i = index(list, 'ina-6');
    list[i]!.position = 1;
    fails(
      list,
      new RegExp(`posts\\.yaml[\\s\\S]*${i}\\.position \\(ina-6\\): form A already has position 1`),
    );
    fails(list, /\.position \([a-z0-9-]+\): form A has no post at position 2/);
  });

  test('forms A and B in a different order of truth', () => {
    const list = copy();
    // Swap B's first two posts (accurate, made up).
    const one = list[index(list, 'acc-7')]!;
    const two = list[index(list, 'ina-10')]!;
    [one.position, two.position] = [two.position, one.position];
    fails(
      list,
      /posts\.yaml[\s\S]*\.accurate \([a-z0-9-]+\): form B's order .* differs from form A's/,
    );
  });

  test('an accurate post with no source address', () => {
    const list = copy();
    const i = index(list, 'acc-5');
    list[i]!.sourcePages = [];
    fails(
      list,
      new RegExp(`posts\\.yaml[\\s\\S]*${i}\\.sourcePages \\(acc-5\\): an accurate post needs`),
    );
  });

  test('a made-up post with no technique', () => {
    const list = copy();
    const i = index(list, 'ina-11');
    list[i]!.techniques = [];
    fails(
      list,
      new RegExp(`posts\\.yaml[\\s\\S]*${i}\\.techniques \\(ina-11\\): a made-up post names`),
    );
  });

  test('a record claim without its date', () => {
    const list = copy();
    const i = index(list, 'acc-2');
    delete list[i]!.asOf;
    fails(list, new RegExp(`posts\\.yaml[\\s\\S]*${i}\\.asOf \\(acc-2\\): a "record"`));
  });

  test('an address, or a site to check, that is in neither fact sheet', () => {
    const list = copy();
    const i = index(list, 'acc-1');
    list[i]!.sourcePages[0]!.url = 'https://example.com/made-up-page';
    list[i]!.whereToCheck[0]!.site = 'example.com';
    expect(() => checkTransferAddresses(list, [TRANSFER, FACTS], FILE)).toThrow(
      new RegExp(
        `posts\\.yaml[\\s\\S]*${i}\\.sourcePages\\.0\\.url \\(acc-1\\): "https://example\\.com/made-up-page" is not in the fact sheets` +
          `[\\s\\S]*${i}\\.whereToCheck\\.0\\.site \\(acc-1\\)`,
      ),
    );
  });
});

describe('fields checked as the file is read fail naming the file and the field', () => {
  const original = readFileSync(FILE, 'utf8');
  const dir = join(temp, 'content', 'transfer');
  mkdirSync(dir, { recursive: true });
  const readEdited = (edit: (yaml: string) => string) => {
    const file = join(dir, 'posts.yaml');
    writeFileSync(file, edit(original));
    return () => readTransferPosts(file, temp);
  };
  // The first post in the file is acc-8 (form A, position 1); the second is ina-6.
  test.each([
    [
      'a missing explanation',
      (y: string) => y.replace(/^ {2}explanation: .*\n/m, ''),
      /content\/transfer\/posts\.yaml[\s\S]*0\.explanation \(acc-8\)/,
    ],
    [
      'an unknown technique',
      (y: string) => y.replace('- unseen-document', '- mind-control'),
      /posts\.yaml[\s\S]*1\.techniques\.0 \(ina-6\)/,
    ],
    [
      'a made-up post without its label',
      (y: string) => y.replace(/^ {2}madeUpLabel: .*\n/m, ''),
      /posts\.yaml[\s\S]*1\.madeUpLabel \(ina-6\): a made-up post carries the label/,
    ],
    [
      'a made-up explanation that does not say so first',
      (y: string) => y.replace('This was made up for this lesson. The "memo"', 'The "memo"'),
      /posts\.yaml[\s\S]*1\.explanation \(ina-6\): a made-up post's explanation starts/,
    ],
    [
      'a tone outside the list',
      (y: string) => y.replace('tone: emotive', 'tone: furious'),
      /posts\.yaml[\s\S]*0\.tone \(acc-8\)/,
    ],
    [
      'an id that does not match the truth',
      (y: string) => y.replace('id: acc-8', 'id: ina-99'),
      /posts\.yaml[\s\S]*0\.accurate \(ina-99\): "ina-99" is a made-up post/,
    ],
    [
      'a position outside 1–12',
      (y: string) => y.replace('position: 1\n', 'position: 13\n'),
      /posts\.yaml[\s\S]*0\.position \(acc-8\)/,
    ],
    ['broken YAML', (y: string) => `${y}\n  : : :`, /posts\.yaml[\s\S]*not valid YAML/],
  ])('%s', (_label, edit, message) => {
    expect(readEdited(edit)).toThrow(message);
  });

  test('an unchanged copy reads cleanly', () => {
    expect(readEdited((y) => y)()).toHaveLength(36);
  });
});
