/**
 * The teacher's own assignment links, pasted beside the codes: each code names its assignment by
 * a 4-character id (the link's checksum); a link the teacher gave turns that id into what they
 * wrote in it (class and due date). Read here only: nothing is stored or sent.
 */
import { decodeAssignment, type KnownCase } from '../../core/assignment-link';

export interface AssignmentName {
  classLabel: string;
  /** YYYY-MM-DD, or null when the link has no due date. */
  due: string | null;
}

export interface PastedLinks {
  /** By assignment id. */
  names: Map<string, AssignmentName>;
  /** Line numbers (1-based) of lines that are not an assignment link of a known lesson. */
  problems: number[];
}

/** Reads pasted links (whole addresses or bare fragments), one per line; blank lines are skipped. */
export function readAssignmentLinks(text: string, cases: readonly KnownCase[]): PastedLinks {
  const names = new Map<string, AssignmentName>();
  const problems: number[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const hash = line.indexOf('#');
    const decoded = decodeAssignment(hash >= 0 ? line.slice(hash + 1) : line, cases);
    if (decoded.ok)
      names.set(decoded.id, {
        classLabel: decoded.assignment.classLabel,
        due: decoded.assignment.due,
      });
    else problems.push(i + 1);
  });
  return { names, problems };
}
