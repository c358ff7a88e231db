/**
 * The before/after test's actions, one per thing a student does. Its state is the case's
 * `transfer` module (src/core/transfer-progress.ts): the form order, drawn once per student, and
 * each test's ratings, saved on every choice so nothing is lost.
 */
import {
  TRANSFER_MODULE,
  drawOrder,
  readTransfer,
  type AnyPhase,
  type TestAnswers,
  type TransferData,
} from '../../core/transfer-progress';
import type { CaseProgress } from '../../core/progress';
import { now, updateCase } from '../../stores/progress';

function change(caseId: string, edit: (data: TransferData) => TransferData): void {
  updateCase(caseId, (c: CaseProgress) => {
    const current = c.modules[TRANSFER_MODULE];
    const data = edit(readTransfer(current?.data) ?? { version: 1, order: drawOrder() });
    const status = data.after?.completedAt ? 'done' : 'in-progress';
    return {
      ...c,
      modules: {
        ...c.modules,
        [TRANSFER_MODULE]: { startedAt: now(), ...current, status, data },
      },
    };
  });
}

/** Draws which form comes first, once: half a class starts with A, half with B. */
export function drawForms(caseId: string): void {
  change(caseId, (data) => data);
}

function answersOf(data: TransferData, phase: AnyPhase): TestAnswers {
  return data[phase] ?? { ratings: {} };
}

/** How accurate the student thinks one post is, 1 to 6. */
export function ratePost(caseId: string, phase: AnyPhase, postId: string, rating: number): void {
  change(caseId, (data) => {
    const answers = answersOf(data, phase);
    return { ...data, [phase]: { ...answers, ratings: { ...answers.ratings, [postId]: rating } } };
  });
}

/** Submits one test. */
export function submitTest(caseId: string, phase: AnyPhase): void {
  change(caseId, (data) => ({
    ...data,
    [phase]: { ...answersOf(data, phase), completedAt: now() },
  }));
}

/** Opens a submitted test again so the student can change an answer. */
export function reopenTest(caseId: string, phase: AnyPhase): void {
  change(caseId, (data) => {
    const { completedAt: _done, ...answers } = answersOf(data, phase);
    return { ...data, [phase]: answers };
  });
}
