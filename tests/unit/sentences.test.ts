import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/core/sentences';

describe('splitSentences', () => {
  test.each([
    ['One. Two.', ['One.', 'Two.']],
    ['Dr. Michael Thornton spoke. He left.', ['Dr. Michael Thornton spoke.', 'He left.']],
    [
      'At 11:42 a.m. yesterday, a call ended. Then more.',
      ['At 11:42 a.m. yesterday, a call ended.', 'Then more.'],
    ],
    ['“We are losing.” Crews said so.', ['“We are losing.”', 'Crews said so.']],
    ['Why? Because. Really!', ['Why?', 'Because.', 'Really!']],
    ['No final stop', ['No final stop']],
    ['It cost £40 billion. 5,700 calls moved.', ['It cost £40 billion.', '5,700 calls moved.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  test('offsets point back into the source', () => {
    const text = '  First one.  Second one.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
