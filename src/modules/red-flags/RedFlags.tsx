/**
 * "Spot the red flags": mark passages in the article (click, drag, tap, or the keyboard),
 * name each red flag, take hints, then check the marks against the answer key.
 *
 * The marks live in saved progress (module `red-flags`, `data` checked by
 * src/modules/red-flags/scoring.ts); all matching and scoring is pure code in that file.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import { useModuleTime } from '../../ui/use-module-time';
import { $progress, resetModule, updateModule } from '../../stores/progress';
import { caseProgressOf, type ModuleProgress } from '../../core/progress';
import {
  MAX_HINT_LEVEL,
  MODULE_ID,
  addMark,
  decodeRedFlagsData,
  markCredit,
  marksIn,
  scoreMarks,
  type RedFlagsData,
  type SavedMark,
} from './scoring';
import {
  segmentArticle,
  type MarkableArticle,
  type Range,
  type Unit,
} from '../../core/marking-doc';

import ArticleView, { type Highlight } from './parts/ArticleView';
import TypeChooser from './parts/TypeChooser';
import SectionHint, { type HintLevels } from './parts/SectionHint';
import Results from './parts/Results';
import { placeOf } from './place';
import { selectionRange } from './selection';
import type { PassageView, TypeView } from './view-types';
import {
  MessagesProvider,
  translator,
  type RedFlagsMessages,
  type RfKey,
  type Translate,
} from './messages';

interface Props {
  caseId: string;
  /** UI strings (see messages.tsx). */
  messages: RedFlagsMessages;
  article: MarkableArticle;
  types: TypeView[];
  passages: PassageView[];
  /** Section id → its hints, built by the page (see red-flags/hints.ts). */
  hints: Record<string, HintLevels>;
}

type Tone = 'full' | 'partial' | 'spotted' | 'unkeyed' | 'missed';
const LEGEND: Record<Tone, RfKey> = {
  full: 'redFlags.legendFull',
  partial: 'redFlags.legendPartial',
  spotted: 'redFlags.legendSpotted',
  unkeyed: 'redFlags.legendUnkeyed',
  missed: 'redFlags.legendMissed',
};

type Chooser = { kind: 'new'; range: Range; replaces: boolean } | { kind: 'edit'; start: number };

export default function RedFlags({ messages, ...props }: Props) {
  const t = useMemo(() => translator(messages), [messages]);
  return (
    <MessagesProvider value={t}>
      <Marking {...props} t={t} />
    </MessagesProvider>
  );
}

function Marking({
  caseId,
  article,
  types,
  passages,
  hints,
  t,
}: Omit<Props, 'messages'> & { t: Translate }) {
  const doc = useMemo(() => segmentArticle(article), [article]);
  const typeIds = useMemo(() => types.map((type) => type.id), [types]);
  const typeById = useMemo(() => new Map(types.map((type) => [type.id, type])), [types]);

  const progress = useStore($progress);
  // Saved marks exist only in the browser: render like the server first, then restore.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const saved: ModuleProgress | undefined = mounted
    ? caseProgressOf(progress, caseId).modules[MODULE_ID]
    : undefined;
  const decoded = useMemo(
    () => decodeRedFlagsData(saved?.data, doc, typeIds),
    [saved?.data, doc, typeIds],
  );
  const data = decoded.data;
  const results = mounted && data.checked === true;

  const [notice, setNotice] = useState<string | null>(null);
  const noticeDone = useRef(false);
  useEffect(() => {
    if (!mounted || noticeDone.current) return;
    noticeDone.current = true;
    if (decoded.status === 'invalid') setNotice(t('redFlags.invalidSaved'));
    else if (decoded.dropped > 0) setNotice(t('redFlags.droppedSaved', { n: decoded.dropped }));
  }, [mounted, decoded]);

  const seconds = useModuleTime(caseId, MODULE_ID, mounted);
  const [focusIndex, setFocusIndex] = useState(0);
  const [chooser, setChooser] = useState<Chooser | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [checkError, setCheckError] = useState(false);
  const [pendingPhrase, setPendingPhrase] = useState<Range | null>(null);
  const articleRef = useRef<HTMLElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const marksHeading = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const lastPointer = useRef<string>('mouse');
  const focusAfter = useRef<'results' | 'article' | null>(null);

  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target === 'results') resultsHeading.current?.focus();
    if (target === 'article')
      articleRef.current?.querySelector<HTMLElement>(`[data-s="${focusIndex}"]`)?.focus();
  });

  const persist = (next: RedFlagsData, extra: Partial<ModuleProgress> = {}) => {
    updateModule(caseId, MODULE_ID, { data: next, seconds: seconds.now(), ...extra });
  };

  const textOf = (range: Range) => doc.text.slice(range.start, range.end);
  const shortName = (id: string) => typeById.get(id)?.short ?? id;
  const fullName = (id: string) => typeById.get(id)?.name ?? id;

  // --- marking ------------------------------------------------------------------------------

  const closeChooser = () => {
    setChooser(null);
    const target = returnFocus.current;
    returnFocus.current = null;
    requestAnimationFrame(() => {
      if (target?.isConnected) target.focus();
      else marksHeading.current?.focus();
    });
  };

  const openNew = (range: Range, from: HTMLElement | null) => {
    returnFocus.current = from;
    setCheckError(false);
    setChooser({ kind: 'new', range, replaces: marksIn(data.marks, range).length > 0 });
  };

  const openEdit = (start: number, from: HTMLElement | null) => {
    returnFocus.current = from;
    setChooser({ kind: 'edit', start });
  };

  const saveType = (type: string) => {
    if (!chooser) return;
    const marks =
      chooser.kind === 'new'
        ? addMark(data.marks, { ...chooser.range, type, text: textOf(chooser.range) }).marks
        : data.marks.map((m) => (m.start === chooser.start ? { ...m, type } : m));
    persist({ ...data, marks });
    setAnnouncement(t('redFlags.announceMarked', { type: fullName(type), n: marks.length }));
    closeChooser();
  };

  const removeWhere = (keep: (m: SavedMark) => boolean) => {
    const marks = data.marks.filter(keep);
    if (marks.length === data.marks.length) {
      setAnnouncement(t('redFlags.announceNothing'));
      return;
    }
    persist({ ...data, marks });
    setAnnouncement(t('redFlags.announceRemoved', { n: marks.length }));
  };

  const sentenceElement = (index: number) =>
    articleRef.current?.querySelector<HTMLElement>(`[data-s="${index}"]`) ?? null;

  // The sentence becomes a button when it joins the tab order, so focus it after that render.
  const pendingFocus = useRef<number | null>(null);
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

  const onArticleKeyDown = (event: React.KeyboardEvent<HTMLElement>) => {
    if (results || event.altKey || event.ctrlKey || event.metaKey) return;
    const el = (event.target as HTMLElement).closest<HTMLElement>('[data-s]');
    if (!el || el !== event.target) return;
    const i = Number(el.dataset['s']);
    const sentence = doc.sentences[i];
    if (!sentence) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        moveTo(i + 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        moveTo(i - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(doc.sentences.length - 1);
        break;
      case 'Enter':
      case ' ':
      case 'm':
      case 'M': {
        const existing = marksIn(data.marks, sentence)[0];
        if (existing) openEdit(existing.start, el);
        else openNew(sentence, el);
        break;
      }
      case 'Delete':
      case 'Backspace':
        removeWhere((m) => marksIn([m], sentence).length === 0);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  /** A phrase the student selected (by drag, or long-press and the button): name it. */
  const markPhrase = (range: Range) => {
    window.getSelection()?.removeAllRanges();
    setPendingPhrase(null);
    const s = doc.sentences.find((x) => x.start <= range.start && range.end <= x.end);
    if (s) setFocusIndex(s.index);
    const from = s ? sentenceElement(s.index) : null;
    const existing = data.marks.find((m) => m.start === range.start && m.end === range.end);
    if (existing) openEdit(existing.start, from);
    else openNew(range, from);
  };

  const onArticleClick = (event: React.MouseEvent<HTMLElement>) => {
    if (results || !mounted) return;
    const target = event.target as Element;
    if (target.closest('button, a, [data-hint]')) return;
    const root = articleRef.current;
    const selection = window.getSelection();
    if (root && selection && !selection.isCollapsed) {
      const range = selectionRange(root, doc, selection);
      if (range) {
        markPhrase(range);
        return;
      }
    }
    const el = target.closest<HTMLElement>('[data-s]');
    if (!el) return;
    const i = Number(el.dataset['s']);
    const sentence = doc.sentences[i];
    if (!sentence) return;
    setFocusIndex(i);
    const markEl = target.closest<HTMLElement>('[data-mark]');
    const markStart = markEl ? Number(markEl.dataset['mark']) : NaN;
    if (Number.isFinite(markStart) && data.marks.some((m) => m.start === markStart))
      openEdit(markStart, el);
    else openNew(sentence, el);
  };

  // Touch: a long-press selection gets a "Mark the selected words" button.
  useEffect(() => {
    if (!mounted || results) return;
    const onChange = () => {
      const root = articleRef.current;
      const selection = window.getSelection();
      if (!root || !selection || selection.isCollapsed || lastPointer.current === 'mouse') {
        setPendingPhrase(null);
        return;
      }
      setPendingPhrase(selectionRange(root, doc, selection));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [mounted, results, doc]);

  // --- hints, checking, trying again --------------------------------------------------------

  const takeHint = (sectionId: string) => {
    const level = Math.min(MAX_HINT_LEVEL, (data.hints[sectionId] ?? 0) + 1);
    persist({ ...data, hints: { ...data.hints, [sectionId]: level } });
  };

  const hintsUsed = Object.values(data.hints).reduce((sum, n) => sum + n, 0);
  const score = useMemo(
    () => scoreMarks(data.marks, passages, data.hints),
    [data.marks, data.hints, passages],
  );

  const check = () => {
    if (data.marks.length === 0) {
      setCheckError(true);
      return;
    }
    setCheckError(false);
    focusAfter.current = 'results';
    // Focus goes to the results heading; what was found is announced too.
    setAnnouncement(
      t('redFlags.summaryFound', {
        found: score.found,
        total: passages.length,
        full: score.full,
        partial: score.partial,
        spotted: score.spotted,
      }),
    );
    persist(
      { ...data, checked: true },
      {
        status: 'done',
        score: { earned: score.earned, possible: score.possible },
        completedAt: new Date().toISOString(),
      },
    );
  };

  const keepMarking = () => {
    focusAfter.current = 'article';
    const { checked: _checked, revealed: _revealed, ...rest } = data;
    persist(rest);
  };

  const tryAgain = () => {
    resetModule(caseId, MODULE_ID);
    seconds.restart();
    setFocusIndex(0);
    setNotice(null);
    setAnnouncement(t('redFlags.cleared'));
    focusAfter.current = 'article';
  };

  // --- rendering ----------------------------------------------------------------------------

  const highlights: Highlight[] = mounted
    ? data.marks.map((m) => {
        if (!results)
          return {
            start: m.start,
            end: m.end,
            tone: 'marked',
            label: shortName(m.type),
            srPrefix: t('redFlags.markedAs'),
            mark: m.start,
          };
        const tone: Tone = markCredit(m, passages) ?? 'unkeyed';
        return {
          start: m.start,
          end: m.end,
          tone,
          label: `${shortName(m.type)}: ${t(LEGEND[tone])}`,
          srPrefix: t('redFlags.markedAs'),
        };
      })
    : [];
  if (results && data.revealed) {
    score.passages.forEach((r, i) => {
      const p = passages[i];
      if (!p || r.credit !== null) return;
      if (highlights.some((h) => h.start < p.end && h.end > p.start)) return;
      highlights.push({
        start: p.start,
        end: p.end,
        tone: 'missed',
        label: t(LEGEND.missed),
        srPrefix: '',
      });
    });
  }

  const afterUnit = (unit: Unit) => {
    if (results || !mounted) return null;
    if (unit.kind !== 'headline' && unit.kind !== 'heading') return null;
    const section = doc.sections[unit.section];
    // No hint where the key holds nothing (the comment form at the end of the page).
    const sectionHints = section ? hints[section.id] : undefined;
    if (!section || !sectionHints) return null;
    return (
      <SectionHint
        sectionTitle={section.title || t('redFlags.sectionTop')}
        level={data.hints[section.id] ?? 0}
        hints={sectionHints}
        onTake={() => takeHint(section.id)}
      />
    );
  };

  const editing =
    chooser?.kind === 'edit' ? data.marks.find((m) => m.start === chooser.start) : undefined;

  return (
    <div className="rf">
      <div className="rf-top">
        {notice && (
          <div className="notice notice--warn" role="status">
            <p>{notice}</p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setNotice(null)}
            >
              {t('redFlags.dismiss')}
            </button>
          </div>
        )}
      </div>

      {results && (
        <Results
          doc={doc}
          passages={passages}
          typeById={typeById}
          marks={data.marks}
          score={score}
          hintsUsed={hintsUsed}
          seconds={saved?.seconds}
          revealed={data.revealed === true}
          headingRef={resultsHeading}
          onReveal={() => persist({ ...data, revealed: true })}
          onKeepMarking={keepMarking}
          onTryAgain={tryAgain}
        />
      )}

      <div className="specimen-label" role="note">
        <p>
          <strong>{t('article.specimenLabel')}.</strong> {t('article.specimenText')}
        </p>
      </div>
      {results && (
        <div className="rf-legend">
          <h3>{t('redFlags.legendHeading')}</h3>
          <ul>
            {(Object.keys(LEGEND) as Tone[]).map((tone) => (
              <li key={tone}>
                <mark className={`rf-hl rf-hl--${tone}`}>{t(LEGEND[tone])}</mark>
              </li>
            ))}
          </ul>
        </div>
      )}

      <ArticleView
        doc={doc}
        label={results ? t('redFlags.articleResultsLabel') : t('redFlags.articleLabel')}
        highlights={highlights}
        interactive={mounted && !results}
        focusIndex={focusIndex}
        afterUnit={afterUnit}
        rootRef={articleRef}
        onClick={onArticleClick}
        onKeyDown={onArticleKeyDown}
        onPointerDown={(e) => {
          lastPointer.current = e.pointerType;
        }}
      />

      {mounted && !results && (
        <section className="rf-marks" aria-labelledby="rf-marks-heading">
          <h2 id="rf-marks-heading" ref={marksHeading} tabIndex={-1}>
            {t('redFlags.yourMarks')} ({data.marks.length})
          </h2>
          {data.marks.length === 0 ? (
            <p className="muted">{t('redFlags.noMarks')}</p>
          ) : (
            <ol className="rf-mark-list">
              {data.marks.map((m) => {
                const quote = m.text.length > 90 ? `${m.text.slice(0, 88)}…` : m.text;
                return (
                  <li key={m.start}>
                    <span className="rf-mark-list__text">
                      <span className="muted">{placeOf(t, doc, m)}:</span> “{quote}”{' '}
                      <strong className="rf-mark-list__type">{fullName(m.type)}</strong>
                    </span>
                    <span className="rf-mark-list__actions">
                      <button
                        type="button"
                        className="button button--quiet"
                        aria-label={t('redFlags.changeMark', { quote })}
                        onClick={(e) => openEdit(m.start, e.currentTarget)}
                      >
                        {t('redFlags.change')}
                      </button>
                      <button
                        type="button"
                        className="button button--quiet"
                        aria-label={t('redFlags.removeMark', { quote })}
                        onClick={() => {
                          removeWhere((x) => x.start !== m.start);
                          requestAnimationFrame(() => marksHeading.current?.focus());
                        }}
                      >
                        {t('redFlags.removeShort')}
                      </button>
                    </span>
                  </li>
                );
              })}
            </ol>
          )}
          <div className="button-row">
            <button type="button" className="button" onClick={check}>
              {t('redFlags.check')}
            </button>
            <span className="muted">{t('redFlags.checkHelp')}</span>
          </div>
          {checkError && (
            <p className="field-error" role="alert">
              {t('redFlags.checkNeedMarks')}
            </p>
          )}
        </section>
      )}

      {pendingPhrase && !chooser && !results && (
        <div className="rf-selbar">
          <button type="button" className="button" onClick={() => markPhrase(pendingPhrase)}>
            {t('redFlags.markSelection')}
          </button>
        </div>
      )}

      {chooser && (
        <TypeChooser
          key={chooser.kind === 'edit' ? `e${chooser.start}` : `n${chooser.range.start}`}
          quote={chooser.kind === 'new' ? textOf(chooser.range) : (editing?.text ?? '')}
          types={types}
          {...(editing ? { current: editing.type } : {})}
          replaces={chooser.kind === 'new' && chooser.replaces}
          onSave={saveType}
          {...(editing
            ? {
                onRemove: () => {
                  removeWhere((m) => m.start !== editing.start);
                  closeChooser();
                },
              }
            : {})}
          onCancel={closeChooser}
        />
      )}

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
