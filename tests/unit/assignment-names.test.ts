import { describe, expect, it } from 'vitest';
import { encodeAssignment } from '../../src/core/assignment-link';
import { readAssignmentLinks } from '../../src/modules/check/assignment-names';

const CASES = [
  { id: 'paramedics-walkout', code: 'pw', steps: ['red-flags', 'second-look'] as const },
].map((c) => ({ ...c, steps: [...c.steps] }));

describe('readAssignmentLinks', () => {
  const nineB = encodeAssignment({
    caseCode: 'pw',
    steps: ['red-flags'],
    classLabel: '9B',
    due: '2026-12-08',
    note: 'Before Friday.',
  });
  const noLabel = encodeAssignment({
    caseCode: 'pw',
    steps: ['second-look'],
    classLabel: '',
    due: null,
    note: '',
  });

  it('names each assignment id by the class and due date its link holds', () => {
    const { names, problems } = readAssignmentLinks(
      `https://example.org/a/#${nineB}\n\n  ${noLabel}  \n`,
      CASES,
    );
    expect(problems).toEqual([]);
    expect(names.get(nineB.slice(-4))).toEqual({ classLabel: '9B', due: '2026-12-08' });
    expect(names.get(noLabel.slice(-4))).toEqual({ classLabel: '', due: null });
  });

  it('names nothing from a line that is not a good link, and says which line', () => {
    const typo = nineB.replace('9B', '9C');
    const { names, problems } = readAssignmentLinks(
      `${typo}\n<img src=x onerror=alert(1)>\n${nineB}`,
      CASES,
    );
    expect(problems).toEqual([1, 2]);
    expect([...names.keys()]).toEqual([nineB.slice(-4)]);
  });
});
