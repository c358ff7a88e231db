/**
 * Reads a browser text selection inside the marking view as offsets into the marking
 * document. Every piece of article text is rendered in an element with `data-o` (the offset
 * of its first character) holding a single text node; badges and labels are `data-skip`.
 */
import type { Range } from '../../core/marking-doc';

/**
 * A phrase from two offsets in the article: `phraseRange` of src/core/marking-doc.ts, handed in
 * by the marking code (this file loads later, and shares no code with it).
 */
export type SnapPhrase = (anchor: number, focus: number) => Range | null;

/** The first or last text node inside `node` (itself, if it is one). */
function edgeText(node: Node, last: boolean): Text | null {
  if (node.nodeType === Node.TEXT_NODE) return node as Text;
  const children = Array.from(node.childNodes);
  if (last) children.reverse();
  for (const child of children) {
    const found = edgeText(child, last);
    if (found) return found;
  }
  return null;
}

/** The document offset of a DOM point, or null when it is not on article text. */
export function pointOffset(root: Element, node: Node, offset: number): number | null {
  let text: Text | null;
  let at: number;
  if (node.nodeType === Node.TEXT_NODE) {
    text = node as Text;
    at = offset;
  } else {
    const child = node.childNodes[offset];
    text = child ? edgeText(child, false) : edgeText(node, true);
    at = child ? 0 : (text?.length ?? 0);
  }
  const holder = text?.parentElement;
  if (!holder || !root.contains(holder) || holder.closest('[data-skip]')) return null;
  const base = holder.closest<HTMLElement>('[data-o]');
  if (!base || base !== holder) return null;
  const start = Number(base.dataset['o']);
  return Number.isFinite(start) ? start + at : null;
}

/**
 * The phrase a selection marks: from where the drag began, within that sentence, snapped to
 * whole words. Null for an empty selection or one that does not start on article text.
 */
export function selectionRange(
  root: Element,
  snap: SnapPhrase,
  sel: Pick<Selection, 'isCollapsed' | 'anchorNode' | 'anchorOffset' | 'focusNode' | 'focusOffset'>,
): Range | null {
  if (sel.isCollapsed || !sel.anchorNode || !sel.focusNode) return null;
  if (!root.contains(sel.anchorNode)) return null;
  const anchor = pointOffset(root, sel.anchorNode, sel.anchorOffset);
  if (anchor === null) return null;
  let focus = root.contains(sel.focusNode)
    ? pointOffset(root, sel.focusNode, sel.focusOffset)
    : null;
  if (focus === null) {
    // Dragged off the text: run to the end (or start) of the sentence, in the drag's direction.
    const after =
      sel.anchorNode.compareDocumentPosition(sel.focusNode) & Node.DOCUMENT_POSITION_FOLLOWING;
    focus = after ? anchor + 100_000 : anchor - 100_000;
  }
  return snap(anchor, Math.max(0, focus));
}
