/**
 * "Check my answers": the score and how it was reached, then what was found (with the
 * explanation of each passage), marks outside the key (shown neutrally), and, on request,
 * what was missed.
 */
import { useEffect, useRef, useState } from 'react';
import { type Credit, type RedFlagsScore, type SavedMark } from '../scoring';
import { type MarkingDoc } from '../../../core/marking-doc';
import { useT } from '../messages';
import ConfirmTryAgain from '../../../ui/ConfirmTryAgain';
import {
  EXPLANATION_ID_PREFIX,
  KEY_ANSWER_ID_PREFIX,
  KEY_HEAD_ID_PREFIX,
  keyHtml,
  type PassageView,
  type TypeView,
} from '../view-types';
import { placeOf } from '../place';

interface Props {
  doc: MarkingDoc;
  passages: PassageView[];
  typeById: Map<string, TypeView>;
  marks: SavedMark[];
  score: RedFlagsScore;
  hintsUsed: number;
  seconds: number | undefined;
  revealed: boolean;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onReveal: () => void;
  onKeepMarking: () => void;
  onTryAgain: () => void;
}

/** 2.5 → "2.5", 3 → "3", 2.25 → "2.25". */
export function formatPoints(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** The passage's explanation, put in the page only once opened (long results stay light). */
function Explanation({ id }: { id: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="rf-explain" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('redFlags.explanation')}</summary>
      {open && (
        <div
          className="rf-explain__body"
          dangerouslySetInnerHTML={{ __html: keyHtml(EXPLANATION_ID_PREFIX, id) }}
        />
      )}
    </details>
  );
}

/** A key passage in the results: its card from the static answer key, with how the student did. */
function PassageCard(props: { id: string; yourType?: string; credit?: Credit }) {
  const t = useT();
  const { id, yourType, credit } = props;
  return (
    <li className={`card rf-card${credit ? ` rf-card--${credit}` : ''}`}>
      <div dangerouslySetInnerHTML={{ __html: keyHtml(KEY_HEAD_ID_PREFIX, id) }} />
      {credit && (
        <p className={`rf-verdict rf-verdict--${credit}`}>{t(`redFlags.credit.${credit}`)}</p>
      )}
      {yourType && (
        <p className="rf-card__types">
          <span className="muted">{t('redFlags.yourType')}</span> <strong>{yourType}</strong>
        </p>
      )}
      <div dangerouslySetInnerHTML={{ __html: keyHtml(KEY_ANSWER_ID_PREFIX, id) }} />
      <Explanation id={id} />
    </li>
  );
}

export default function Results(props: Props) {
  const t = useT();
  const { doc, passages, typeById, marks, score, revealed } = props;
  const missedRef = useRef<HTMLHeadingElement>(null);
  const revealing = useRef(false);

  useEffect(() => {
    if (revealing.current && revealed) missedRef.current?.focus();
    revealing.current = false;
  }, [revealed]);

  const percent = Math.round((100 * score.earned) / score.possible);
  const found = score.passages
    .map((result, i) => ({ result, passage: passages[i] as PassageView }))
    .filter((r) => r.result.credit !== null);
  const missed = score.passages
    .map((result, i) => ({ result, passage: passages[i] as PassageView }))
    .filter((r) => r.result.credit === null);
  const unkeyed = score.marks.filter((m) => m.passages.length === 0);
  const typeName = (id: string) => typeById.get(id)?.name ?? id;

  return (
    <section className="rf-results" aria-labelledby="rf-results-heading">
      <h2 id="rf-results-heading" ref={props.headingRef} tabIndex={-1}>
        {t('redFlags.resultsHeading')}
      </h2>
      <div className="card rf-summary">
        <p className="rf-score">
          {t('redFlags.score', {
            earned: formatPoints(score.earned),
            possible: score.possible,
            percent,
          })}
        </p>
        <p className="muted">{t('redFlags.keyThorough', { n: passages.length })}</p>
        <ul>
          <li>
            {t('redFlags.summaryFound', {
              found: score.found,
              total: passages.length,
              full: score.full,
              partial: score.partial,
              spotted: score.spotted,
            })}
          </li>
          <li>
            {t('redFlags.summaryMarks', {
              marks: marks.length,
              keyed: marks.length - score.unkeyed,
              unkeyed: score.unkeyed,
            })}
          </li>
          <li>
            {props.hintsUsed > 0
              ? t('redFlags.summaryHints', {
                  n: props.hintsUsed,
                  cost: formatPoints(score.hintCost),
                })
              : t('redFlags.summaryNoHints')}
          </li>
          {score.factor < 1 && (
            <li>{t('redFlags.summaryScaled', { percent: Math.round(score.factor * 100) })}</li>
          )}
          {props.seconds !== undefined && props.seconds > 0 && (
            <li>
              {t('redFlags.summaryTime', { minutes: Math.max(1, Math.round(props.seconds / 60)) })}
            </li>
          )}
        </ul>
        <p className="muted rf-scoring-help">{t('redFlags.scoringHelp')}</p>
        <ConfirmTryAgain
          labels={{
            tryAgain: t('redFlags.tryAgain'),
            question: t('redFlags.tryAgainConfirm'),
            yes: t('redFlags.tryAgainYes'),
            no: t('redFlags.tryAgainNo'),
          }}
          onConfirm={props.onTryAgain}
        >
          <button type="button" className="button" onClick={props.onKeepMarking}>
            {t('redFlags.keepMarking')}
          </button>
        </ConfirmTryAgain>
      </div>

      <h3>{t('redFlags.foundHeading', { n: found.length })}</h3>
      {found.length === 0 ? (
        <p>{t('redFlags.foundNone')}</p>
      ) : (
        <ol className="rf-cards">
          {found.map(({ result, passage }) => {
            const mark = result.mark === null ? undefined : marks[result.mark];
            return (
              <PassageCard
                key={passage.id}
                id={passage.id}
                {...(mark ? { yourType: typeName(mark.type) } : {})}
                {...(result.credit ? { credit: result.credit } : {})}
              />
            );
          })}
        </ol>
      )}

      {unkeyed.length > 0 && (
        <>
          <h3>{t('redFlags.unkeyedHeading', { n: unkeyed.length })}</h3>
          <p className="muted">{t('redFlags.unkeyedNote')}</p>
          <ol className="rf-cards">
            {unkeyed.map(({ index }) => {
              const mark = marks[index] as SavedMark;
              return (
                <li key={mark.start} className="card rf-card rf-card--unkeyed">
                  <p className="rf-card__meta">{placeOf(t, doc, mark)}</p>
                  <blockquote className="rf-card__quote">
                    <p>“{mark.text}”</p>
                  </blockquote>
                  <p className="rf-card__types">
                    <span className="muted">{t('redFlags.yourType')}</span>{' '}
                    <strong>{typeName(mark.type)}</strong>
                  </p>
                </li>
              );
            })}
          </ol>
        </>
      )}

      <h3 ref={missedRef} tabIndex={-1}>
        {t('redFlags.missedHeading', { n: missed.length })}
      </h3>
      {missed.length === 0 ? (
        <p>{t('redFlags.missedNone')}</p>
      ) : revealed ? (
        <>
          <p className="muted">{t('redFlags.missedIntro')}</p>
          <ol className="rf-cards">
            {missed.map(({ passage }) => (
              <PassageCard key={passage.id} id={passage.id} />
            ))}
          </ol>
        </>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              revealing.current = true;
              props.onReveal();
            }}
          >
            {t('redFlags.revealMissed', { n: missed.length })}
          </button>
        </div>
      )}
    </section>
  );
}
