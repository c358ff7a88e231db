/**
 * The article laid out sentence by sentence. While marking, the sentences form one roving tab
 * stop: the current sentence is a button (the others are focusable text, so a screen reader
 * reading the article hears prose, not 200 buttons). In the results, marks and missed passages
 * are highlighted with a label.
 * Every piece of article text sits in an element with `data-o` so a selection can be read
 * back as offsets (see selection.ts).
 */
import { Fragment, type ReactNode } from 'react';
import type { MarkingDoc, Sentence, Unit } from '../../../core/marking-doc';
import { paragraphLabel } from '../../../core/marking-doc';
import { useT } from '../../../ui/strings';
import type { RedFlagsMessages } from '../view-types';

export interface Highlight {
  start: number;
  end: number;
  /** CSS modifier, e.g. `marked`, `full`, `missed`. */
  tone: string;
  /** Short visible label after the highlight, e.g. the type's short name. */
  label: string;
  /** Read before the label by screen readers, e.g. "marked as". */
  srPrefix: string;
  /** The mark's start offset, when the highlight is a student's mark. */
  mark?: number;
}

interface Props {
  doc: MarkingDoc;
  /** The article region's accessible name. */
  label: string;
  highlights: Highlight[];
  /** Sentences are buttons (after hydration, while marking). */
  interactive: boolean;
  /** The sentence in the tab order. */
  focusIndex: number;
  /** Rendered right after a unit (the section hints after headings). */
  afterUnit?: (unit: Unit, index: number) => ReactNode;
  rootRef?: React.Ref<HTMLElement>;
  onClick?: (event: React.MouseEvent<HTMLElement>) => void;
  onKeyDown?: (event: React.KeyboardEvent<HTMLElement>) => void;
  onPointerDown?: (event: React.PointerEvent<HTMLElement>) => void;
}

function SentenceView(props: {
  doc: MarkingDoc;
  sentence: Sentence;
  highlights: Highlight[];
  interactive: boolean;
  tabbable: boolean;
}) {
  const { doc, sentence: s, interactive, tabbable } = props;
  const parts: ReactNode[] = [];
  let pos = s.start;
  for (const h of props.highlights) {
    const a = Math.max(h.start, s.start, pos);
    const b = Math.min(h.end, s.end);
    if (b <= a) continue;
    if (a > pos)
      parts.push(
        <span key={`t${pos}`} data-o={pos}>
          {doc.text.slice(pos, a)}
        </span>,
      );
    parts.push(
      <mark key={`m${a}`} data-o={a} data-mark={h.mark} className={`rf-hl rf-hl--${h.tone}`}>
        {doc.text.slice(a, b)}
      </mark>,
    );
    if (h.end <= s.end)
      parts.push(
        <span
          key={`b${a}`}
          className={`rf-badge rf-badge--${h.tone}`}
          data-skip=""
          data-mark={h.mark}
        >
          <span className="visually-hidden"> ({h.srPrefix ? `${h.srPrefix} ` : ''}</span>
          {h.label}
          <span className="visually-hidden">)</span>
        </span>,
      );
    pos = b;
  }
  if (pos < s.end)
    parts.push(
      <span key={`t${pos}`} data-o={pos}>
        {doc.text.slice(pos, s.end)}
      </span>,
    );
  const attributes = {
    'data-s': s.index,
    ...(interactive ? { tabIndex: tabbable ? 0 : -1 } : {}),
    ...(interactive && tabbable ? { role: 'button', 'aria-haspopup': 'dialog' as const } : {}),
  };
  // An unmarked sentence holds its text directly (half the elements in a long article).
  if (props.highlights.length === 0)
    return (
      <span className="rf-s" data-o={s.start} {...attributes}>
        {doc.text.slice(s.start, s.end)}
      </span>
    );
  return (
    <span className="rf-s rf-s--marked" {...attributes}>
      {parts}
    </span>
  );
}

export default function ArticleView(props: Props) {
  const t = useT<RedFlagsMessages>();
  const { doc, highlights, interactive, focusIndex, afterUnit } = props;
  const sorted = [...highlights].sort((a, b) => a.start - b.start);

  const unitContent = (unit: Unit): ReactNode[] => {
    const out: ReactNode[] = [];
    let pos = unit.start;
    for (const index of unit.sentences) {
      const s = doc.sentences[index] as Sentence;
      if (s.start > pos) out.push(doc.text.slice(pos, s.start));
      out.push(
        <SentenceView
          key={index}
          doc={doc}
          sentence={s}
          highlights={sorted.filter((h) => h.start < s.end && h.end > s.start)}
          interactive={interactive}
          tabbable={index === focusIndex}
        />,
      );
      pos = s.end;
    }
    if (pos < unit.end) out.push(doc.text.slice(pos, unit.end));
    return out;
  };

  const number = (unit: Unit) => {
    const n = paragraphLabel(unit);
    return (
      <>
        <span className="rf-pnum" data-skip="">
          <span className="visually-hidden">{t('redFlags.paragraphPrefix')} </span>
          {n}
        </span>{' '}
      </>
    );
  };

  const blocks: ReactNode[] = [];
  const after = (unit: Unit, index: number) => {
    const extra = afterUnit?.(unit, index);
    if (extra) blocks.push(<Fragment key={`after-${unit.id}`}>{extra}</Fragment>);
  };
  for (let i = 0; i < doc.units.length; i++) {
    const unit = doc.units[i] as Unit;
    if (unit.kind === 'item') {
      // A run of items from the same list becomes one <ul>.
      const items: Unit[] = [];
      while (i < doc.units.length && doc.units[i]?.listId === unit.listId) {
        items.push(doc.units[i] as Unit);
        i++;
      }
      i--;
      blocks.push(
        <ul key={unit.listId} id={`rf-${unit.listId}`}>
          {items.map((item, k) => (
            <li key={item.id}>
              {k === 0 && number(item)}
              {unitContent(item)}
            </li>
          ))}
        </ul>,
      );
      after(items[items.length - 1] as Unit, i);
      continue;
    }
    const content = unitContent(unit);
    const id = `rf-${unit.id}`;
    switch (unit.kind) {
      case 'site':
        blocks.push(
          <p key={id} id={id} className="specimen__masthead">
            {content}
          </p>,
        );
        break;
      case 'headline':
        blocks.push(
          <h2 key={id} id={id} className="specimen__headline">
            {content}
          </h2>,
        );
        break;
      case 'heading':
        blocks.push(
          <h3 key={id} id={id}>
            {content}
          </h3>,
        );
        break;
      case 'related':
        blocks.push(
          <p key={id} id={id} className="specimen__para specimen__related">
            {number(unit)}
            {content}
          </p>,
        );
        break;
      default:
        blocks.push(
          <p key={id} id={id} className="specimen__para">
            {number(unit)}
            {content}
          </p>,
        );
    }
    after(unit, i);
  }

  return (
    <article
      ref={props.rootRef}
      className={interactive ? 'specimen rf-article rf-article--marking' : 'specimen rf-article'}
      aria-label={props.label}
      onClick={props.onClick}
      onKeyDown={props.onKeyDown}
      onPointerDown={props.onPointerDown}
    >
      {blocks}
    </article>
  );
}
