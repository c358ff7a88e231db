/**
 * "Check my answers": the score and how it was reached, then what was found (with the
 * explanation of each passage), marks outside the key (shown neutrally), and, on request,
 * what was missed. Loaded from the student's first mark on (see ../use-results.ts), with what
 * only the results need: the scoring, the article's colours and their legend, and the styles.
 */
import { useEffect, useRef } from 'react';
import ConfirmTryAgain from '../../../ui/ConfirmTryAgain';
import { useT } from '../../../ui/strings';
import type { RedFlagsScore } from '../score';
import type { RedFlagsData, SavedMark } from '../scoring';
import type { Deferred } from '../../../ui/deferred';
import type { ExplanationsJson, PassageView, RedFlagsMessages } from '../view-types';
import type { ArticleWords } from '../place';
import { PassageCard, UnkeyedCard } from './ResultCard';
import stylesheet from './results.css?url';

export { scoreMarks } from '../score';
export { resultHighlights } from './result-highlights';
export { default as Legend } from './Legend';

/**
 * The results' styles (the cards, and the colours in the article), loading with this code; the
 * island shows the results once they are there (see ../use-results.ts). Without them the
 * results still show, plainer.
 */
export const styled = new Promise<void>((resolve) => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  link.onload = link.onerror = () => resolve();
  document.head.append(link);
});

interface Props {
  words: ArticleWords;
  passages: PassageView[];
  typeName: (id: string) => string;
  /** The step's saved data: the marks, the hints taken, whether the missed ones show. */
  data: RedFlagsData;
  score: RedFlagsScore;
  seconds: number | undefined;
  /** Focus the heading when shown (right after "Check my answers"). */
  focus: boolean;
  answersHref: string;
  /** The passages' explanations, loading since the results showed. */
  explanations: Deferred<ExplanationsJson>;
  onReveal: () => void;
  onKeepMarking: () => void;
  onTryAgain: () => void;
}

/** 2.5 → "2.5", 3 → "3", 2.25 → "2.25". */
export function formatPoints(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export default function Results(props: Props) {
  const t = useT<RedFlagsMessages>();
  const { words, passages, typeName, score, explanations } = props;
  const { marks } = props.data;
  const revealed = props.data.revealed === true;
  const hintsUsed = Object.values(props.data.hints).reduce((sum, n) => sum + n, 0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const missedRef = useRef<HTMLHeadingElement>(null);
  const revealing = useRef(false);
  // Only when the results first show.
  const focusOnShow = useRef(props.focus);

  useEffect(() => {
    if (focusOnShow.current) headingRef.current?.focus();
  }, []);
  useEffect(() => {
    if (revealing.current && revealed) missedRef.current?.focus();
    revealing.current = false;
  }, [revealed]);

  const percent = Math.round((100 * score.earned) / score.possible);
  const withPassage = score.passages.map((result, i) => ({
    result,
    passage: passages[i] as PassageView,
  }));
  const found = withPassage.filter((r) => r.result.credit !== null);
  const missed = withPassage.filter((r) => r.result.credit === null);
  const unkeyed = score.marks.filter((m) => m.passages.length === 0);
  const card = { words, typeName, explanations, answersHref: props.answersHref };

  return (
    <section className="rf-results" aria-labelledby="rf-results-heading">
      <h2 id="rf-results-heading" ref={headingRef} tabIndex={-1}>
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
            {hintsUsed > 0
              ? t('redFlags.summaryHints', {
                  n: hintsUsed,
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
                {...card}
                passage={passage}
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
                <UnkeyedCard
                  key={mark.start}
                  words={words}
                  mark={mark}
                  typeName={typeName(mark.type)}
                />
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
              <PassageCard key={passage.id} {...card} passage={passage} />
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
