/**
 * Where a `<Cite … />` may stand in an MDX explanation: inside a line of prose, never at the
 * start of one. MDX reads a line that starts with a tag as a block of its own (and Prettier then
 * puts a blank line before it), so the sentence it cites breaks into a new paragraph: “…quoted in
 * Parliament” / “[Parallel Parliament, 2022] and in the news”. Put the citation on the line of
 * the words it supports.
 */

/** How to fix what {@link citationProblems} finds (the build error's hint). */
export const CITATION_HINT =
  'Join the line to the one before it (no blank line between), so the citation stays in its ' +
  'sentence: "… quoted in Parliament <Cite id="…" /> and in the news". Change no words.';

/**
 * Each line of an MDX body that starts with a citation, as `line <n> …`; none when fine.
 * `firstLine` is the body's first line in its file (after the frontmatter).
 */
export function citationProblems(body: string, firstLine = 1): string[] {
  return body
    .split('\n')
    .flatMap((line, i) =>
      /^\s*<Cite\b/.test(line)
        ? [
            `line ${firstLine + i} starts with a citation (“${line.trim().slice(0, 60)}”), ` +
              'which splits its sentence into a new paragraph',
          ]
        : [],
    );
}
