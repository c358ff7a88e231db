/**
 * Marking the article by pointer, touch and keyboard: which sentence holds the roving tab stop,
 * the type chooser (open for a new mark or to change one), a touch selection waiting for
 * "Mark the selected words", and where focus goes afterwards. The changes themselves are the
 * store's actions (./store.ts).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { phraseRange, type MarkingDoc, type Range } from '../../core/marking-doc';
import type { InputContext, SelectionNow } from './marking-input';
import { marksIn, type SavedMark } from './scoring';
import { changeMarkType, markPassage, removeMarks, type StepNow } from './store';
import type { Translate } from './view-types';

type MarkingInput = typeof import('./marking-input');

/** The keys the article handles while marking (./marking-input.ts says what each does). */
const MARKING_KEYS = /^(Arrow(Down|Right|Up|Left)|Home|End|Enter| |m|M|Delete|Backspace)$/;

let loadedInput: MarkingInput | null = null;

/** Loads the marking input (the island calls it when the student first reaches for the article). */
export function warmInput(): Promise<MarkingInput> {
  return import('./marking-input').then((input) => (loadedInput = input));
}

type Chooser = { kind: 'new'; range: Range; replaces: boolean } | { kind: 'edit'; start: number };

interface Options {
  doc: MarkingDoc;
  marks: SavedMark[];
  /** Marks can be made: the island is mounted and the results are not showing. */
  active: boolean;
  /** The step as the student sees it now, for the store's actions. */
  at: () => StepNow;
  t: Translate;
  /** A type's full name, for announcements. */
  typeName: (id: string) => string;
  /** Said to screen readers (a polite live region). */
  announce: (message: string) => void;
  /** Where focus goes when what opened the chooser is gone (the marks list's heading). */
  fallbackFocus: React.RefObject<HTMLElement | null>;
  /** The chooser opened for a new mark (clears "Mark at least one passage first"). */
  onMarking: () => void;
}

/** What the type chooser needs to show (its types aside). */
export interface ChooserView {
  quote: string;
  current?: string;
  replaces: boolean;
  onSave: (type: string) => void;
  onRemove?: () => void;
  onCancel: () => void;
}

export function useMarking(options: Options) {
  const { doc, marks, active, at, t, typeName, announce, fallbackFocus } = options;
  const [focusIndex, setFocusIndex] = useState(0);
  const [chooser, setChooser] = useState<Chooser | null>(null);
  const [pendingPhrase, setPendingPhrase] = useState<Range | null>(null);
  const articleRef = useRef<HTMLElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const lastPointer = useRef<string>('mouse');
  // A sentence becomes a button when it joins the tab order, so it is focused after that render.
  const pendingFocus = useRef<number | null>(null);

  const textOf = (range: Range) => doc.text.slice(range.start, range.end);
  const sentenceElement = (index: number) =>
    articleRef.current?.querySelector<HTMLElement>(`[data-s="${index}"]`) ?? null;

  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    sentenceElement(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const moveTo = (index: number) => {
    const i = Math.max(0, Math.min(doc.sentences.length - 1, index));
    pendingFocus.current = i;
    setFocusIndex(i);
  };

  const closeChooser = () => {
    setChooser(null);
    const target = returnFocus.current;
    returnFocus.current = null;
    requestAnimationFrame(() => {
      if (target?.isConnected) target.focus();
      else fallbackFocus.current?.focus();
    });
  };

  const openNew = (range: Range, from: HTMLElement | null) => {
    returnFocus.current = from;
    options.onMarking();
    setChooser({ kind: 'new', range, replaces: marksIn(marks, range).length > 0 });
  };

  const openEdit = (start: number, from: HTMLElement | null) => {
    returnFocus.current = from;
    setChooser({ kind: 'edit', start });
  };

  /** Removes the marks touching `range` and says what happened. */
  const remove = (range: Range) => {
    const { data, removed } = removeMarks(at(), range);
    announce(
      removed === 0
        ? t('redFlags.announceNothing')
        : t('redFlags.announceRemoved', { n: data.marks.length }),
    );
  };

  const save = (type: string) => {
    if (!chooser) return;
    const data =
      chooser.kind === 'new'
        ? markPassage(at(), { ...chooser.range, type, text: textOf(chooser.range) })
        : changeMarkType(at(), chooser.start, type);
    announce(t('redFlags.announceMarked', { type: typeName(type), n: data.marks.length }));
    closeChooser();
  };

  // What the keys and clicks do is ./marking-input.ts, loaded when the student first reaches
  // for the article (see `warmInput`); an event that comes before it is there waits for it.
  const context = useRef<InputContext | null>(null);
  const snap = (anchor: number, focus: number) => phraseRange(doc, anchor, focus);
  context.current = {
    doc,
    snap,
    marks,
    root: articleRef.current,
    moveTo,
    focus: setFocusIndex,
    openNew,
    openEdit,
    remove,
    sentenceElement,
    clearPhrase: () => setPendingPhrase(null),
  };
  const withInput = (then: (input: MarkingInput, ctx: InputContext) => void) => {
    const run = (input: MarkingInput) => context.current && then(input, context.current);
    if (loadedInput) run(loadedInput);
    else warmInput().then(run, () => undefined);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>) => {
    if (!active || event.altKey || event.ctrlKey || event.metaKey) return;
    const el = (event.target as HTMLElement).closest<HTMLElement>('[data-s]');
    if (!el || el !== event.target || !MARKING_KEYS.test(event.key)) return;
    event.preventDefault();
    const { key } = event;
    // Moving between sentences needs none of the lazily loaded code, so it happens at once:
    // arrows pressed before that code arrives must not all start from the same sentence.
    const i = Number(el.dataset['s']);
    const to =
      key === 'ArrowDown' || key === 'ArrowRight'
        ? i + 1
        : key === 'ArrowUp' || key === 'ArrowLeft'
          ? i - 1
          : key === 'Home'
            ? 0
            : key === 'End'
              ? doc.sentences.length - 1
              : null;
    if (to !== null) {
      moveTo(to);
      void warmInput().catch(() => undefined);
      return;
    }
    withInput((input, ctx) => input.keyDown(ctx, key, el));
  };

  const onClick = (event: React.MouseEvent<HTMLElement>) => {
    if (!active) return;
    const target = event.target as Element;
    if (target.closest('button, a, [data-hint]')) return;
    // The selection as it is now (a drag across words), for when the input code runs.
    const sel = window.getSelection();
    const selection: SelectionNow | null =
      sel && !sel.isCollapsed
        ? {
            isCollapsed: false,
            anchorNode: sel.anchorNode,
            anchorOffset: sel.anchorOffset,
            focusNode: sel.focusNode,
            focusOffset: sel.focusOffset,
          }
        : null;
    withInput((input, ctx) => input.click(ctx, target, selection));
  };

  const onPointerDown = (event: React.PointerEvent<HTMLElement>) => {
    lastPointer.current = event.pointerType;
  };

  // Touch: a long-press selection gets a "Mark the selected words" button.
  useEffect(() => {
    if (!active) return;
    const onChange = () => {
      const root = articleRef.current;
      const selection = window.getSelection();
      if (!root || !selection || selection.isCollapsed || lastPointer.current === 'mouse') {
        setPendingPhrase(null);
        return;
      }
      withInput((input, ctx) => setPendingPhrase(input.selectionRange(root, ctx.snap, selection)));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [active, doc]);

  const editing =
    chooser?.kind === 'edit' ? marks.find((m) => m.start === chooser.start) : undefined;
  const chooserView: ChooserView | null = chooser && {
    quote: chooser.kind === 'new' ? textOf(chooser.range) : (editing?.text ?? ''),
    ...(editing ? { current: editing.type } : {}),
    replaces: chooser.kind === 'new' && chooser.replaces,
    onSave: save,
    ...(editing
      ? {
          onRemove: () => {
            remove(editing);
            closeChooser();
          },
        }
      : {}),
    onCancel: closeChooser,
  };

  return {
    /** The sentence holding the roving tab stop. */
    focusIndex,
    /** The article element and its handlers, for ArticleView. */
    articleRef,
    handlers: { onClick, onKeyDown, onPointerDown },
    /** The open type chooser, or null; a new key for each mark it opens for. */
    chooser: chooserView,
    chooserKey: chooser?.kind === 'edit' ? `e${chooser.start}` : `n${chooser?.range.start}`,
    /** A touch selection waiting for "Mark the selected words" (only while no chooser is open). */
    pendingPhrase: active && !chooser ? pendingPhrase : null,
    /** Marks the touch selection ("Mark the selected words"). */
    markSelection: () => {
      const phrase = pendingPhrase;
      if (phrase) withInput((input, ctx) => input.markPhrase(ctx, phrase));
    },
    /** Opens the chooser for a mark (from the marks list). */
    openEdit,
    remove,
    /** Puts focus on the current sentence once the article is interactive again. */
    focusSentence: () => {
      pendingFocus.current = focusIndex;
    },
    /** Back to the first sentence, focused ("Try again"). */
    restart: () => moveTo(0),
  };
}
