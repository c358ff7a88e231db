import { describe, expect, test } from 'vitest';
import {
  ECHO_MAX,
  checkCodes,
  csvCell,
  echoInput,
  isGood,
  toCsv,
} from '../../src/core/code-report';
import {
  decodeCompletion,
  encodeCompletion,
  type CompletionRecord,
} from '../../src/core/completion-code';

const CASES = [{ id: 'paramedics-walkout', code: 'pw' }];
const record = (name: string): CompletionRecord => ({
  caseCode: 'pw',
  assignment: 'AB12',
  steps: {
    'warm-up': { state: 'done', percent: null },
    'first-impressions': { state: 'done', percent: null },
    'red-flags': { state: 'done', percent: 80 },
    experts: { state: 'not-started', percent: null },
    statistics: { state: 'not-started', percent: null },
    'second-look': { state: 'done', percent: null },
  },
  believabilityBefore: 5,
  believabilityAfter: 2,
  discernmentBefore: 0,
  discernmentAfter: 2,
  minutes: 20,
  test: null,
  name,
});
const decode = (c: string) => decodeCompletion(c, CASES);
const good = encodeCompletion(record('Ana'));

describe('checkCodes', () => {
  test('checks each line, skips blank ones, and flags repeats', () => {
    const lines = checkCodes(`${good}\n\n  nonsense  \n${good.toLowerCase()}\n`, decode);
    expect(lines.map((l) => [l.line, l.result.ok, l.duplicateOf])).toEqual([
      [1, true, undefined],
      [3, false, undefined],
      [4, true, 1],
    ]);
    expect(lines.filter(isGood)).toHaveLength(1);
    expect(lines[0]?.assignmentLabel).toBe('AB12');
  });

  test('a repeat typed with look-alike letters (O for 0, I or L for 1) is still a repeat', () => {
    const lookalike = good.replace(/0/g, 'o').replace(/1/g, 'l');
    expect(lookalike).not.toBe(good);
    const lines = checkCodes(`${good}\n${lookalike}`, decode);
    expect(lines.map((l) => [l.result.ok, l.duplicateOf])).toEqual([
      [true, undefined],
      [true, 1],
    ]);
  });
});

describe('CSV', () => {
  test('a huge pasted line is echoed by its start and its length', () => {
    const echo = echoInput('A'.repeat(100_000));
    expect(echo).toEqual({ start: `${'A'.repeat(ECHO_MAX)}…`, length: 100_000, cut: true });
    expect(echoInput('SHORT')).toEqual({ start: 'SHORT', length: 5, cut: false });
  });

  test.each([
    ['Ana', 'Ana'],
    ['O"Neil, J', '"O""Neil, J"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-1', `"'-1"`],
    // A spreadsheet trims leading spaces and line breaks before it looks for a formula.
    [' =1+2', `"' =1+2"`],
    ['\n\n@SUM(A1)', `"'\n\n@SUM(A1)"`],
    ['\u0000+1', `"'\u0000+1"`],
    [null, ''],
    [42, '42'],
    [-1, '-1'],
  ] as const)('cell %s → %s', (value, cell) => expect(csvCell(value)).toBe(cell));

  test('has a row per line with results or the problem', () => {
    const lines = checkCodes(`${encodeCompletion(record('=cmd()'))}\nBAD`, decode);
    const csv = toCsv(lines, [{ id: 'red-flags', title: 'Spot the red flags' }], {
      line: 'Line',
      name: 'Name',
      assignment: 'Assignment',
      problem: 'Problem',
      pasted: 'Pasted',
      states: { 'not-started': 'Not started', 'in-progress': 'Started', done: 'Done' },
      errors: (e) => `error ${e}`,
    });
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toBe(
      'Line,Name,Spot the red flags: status,Spot the red flags: score %,Believability before,Believability after,Discernment before,Discernment after,Minutes,Assignment,Problem,Pasted',
    );
    // States in words; what was pasted on a bad line in its own column, never as a name.
    expect(rows[1]).toBe(`1,"'=cmd()",Done,80,5,2,0,2,20,AB12,,`);
    expect(rows[2]).toBe('2,,,,,,,,,,error malformed,BAD');
  });
});
