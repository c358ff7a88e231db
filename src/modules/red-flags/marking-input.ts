/**
 * What the article does with a key or a click while marking: move the roving tab stop, open the
 * type chooser for a sentence, a dragged phrase or an existing mark, remove marks. Loaded when
 * the student first reaches for the article (./use-marking.ts holds any event that comes before,
 * and owns the state these act on). The marks list's items come with it (./parts/MarkItems.tsx).
 */
import type { MarkingDoc, Range } from '../../core/marking-doc';
import type { SavedMark } from './scoring';
import { selectionRange, type SnapPhrase } from './selection';

export { selectionRange };
export { default as MarkItems } from './parts/MarkItems';

/** A selection's ends, read when the click happened. */
export type SelectionNow = Pick<
  Selection,
  'isCollapsed' | 'anchorNode' | 'anchorOffset' | 'focusNode' | 'focusOffset'
>;

/** The marking state and actions, as they are when an event is handled (./use-marking.ts). */
export interface InputContext {
  doc: MarkingDoc;
  /** A dragged phrase, snapped to whole words inside one sentence. */
  snap: SnapPhrase;
  marks: SavedMark[];
  /** The article element. */
  root: HTMLElement | null;
  /** Moves the roving tab stop to a sentence, and focus with it. */
  moveTo: (index: number) => void;
  /** Moves the roving tab stop only. */
  focus: (index: number) => void;
  openNew: (range: Range, from: HTMLElement | null) => void;
  openEdit: (start: number, from: HTMLElement | null) => void;
  remove: (range: Range) => void;
  sentenceElement: (index: number) => HTMLElement | null;
  /** Forgets a touch selection waiting for "Mark the selected words". */
  clearPhrase: () => void;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** A key on the focused sentence `el` (one of the keys ./use-marking.ts lets through). */
export function keyDown(ctx: InputContext, key: string, el: HTMLElement): void {
  const i = Number(el.dataset['s']);
  const sentence = ctx.doc.sentences[i];
  if (!sentence) return;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      ctx.moveTo(i + 1);
      break;
    case 'ArrowUp':
    case 'ArrowLeft':
      ctx.moveTo(i - 1);
      break;
    case 'Home':
      ctx.moveTo(0);
      break;
    case 'End':
      ctx.moveTo(ctx.doc.sentences.length - 1);
      break;
    case 'Delete':
    case 'Backspace':
      ctx.remove(sentence);
      break;
    default: {
      // Enter, Space, M: name the sentence, or change its mark.
      const existing = ctx.marks.find((m) => overlaps(m, sentence));
      if (existing) ctx.openEdit(existing.start, el);
      else ctx.openNew(sentence, el);
    }
  }
}

/** A phrase the student selected (by drag, or long-press and the button): name it. */
export function markPhrase(ctx: InputContext, range: Range): void {
  window.getSelection()?.removeAllRanges();
  ctx.clearPhrase();
  const s = ctx.doc.sentences.find((x) => x.start <= range.start && range.end <= x.end);
  if (s) ctx.focus(s.index);
  const from = s ? ctx.sentenceElement(s.index) : null;
  const existing = ctx.marks.find((m) => m.start === range.start && m.end === range.end);
  if (existing) ctx.openEdit(existing.start, from);
  else ctx.openNew(range, from);
}

/** A click in the article: a dragged phrase, a mark, or a sentence. */
export function click(ctx: InputContext, target: Element, selection: SelectionNow | null): void {
  const { root, doc, marks } = ctx;
  if (root && selection) {
    const range = selectionRange(root, ctx.snap, selection);
    if (range) {
      markPhrase(ctx, range);
      return;
    }
  }
  const el = target.closest<HTMLElement>('[data-s]');
  if (!el) return;
  const i = Number(el.dataset['s']);
  const sentence = doc.sentences[i];
  if (!sentence) return;
  ctx.focus(i);
  const markEl = target.closest<HTMLElement>('[data-mark]');
  const markStart = markEl ? Number(markEl.dataset['mark']) : NaN;
  if (Number.isFinite(markStart) && marks.some((m) => m.start === markStart))
    ctx.openEdit(markStart, el);
  else ctx.openNew(sentence, el);
}
