/**
 * "Check my answers": the headline (the core red flags found, extras apart as a bonus, and
 * whether that reads as a careful reading), the score and how it was reached, then what was
 * found (with the explanation of each passage), the passages that check out (confirmed, or
 * marked as red flags: each explained), red flags marked "checks out", marks outside the key
 * (shown neutrally), and, on request, what was missed. Loaded from the student's first mark on (see ../use-results.ts), with what
 * only the results need: the scoring, the article's colours and their legend, and the styles.
 */
import { useEffect, useRef } from 'react';
import ConfirmTryAgain from '../../../ui/ConfirmTryAgain';
import { useT } from '../../../ui/strings';
import { scoreDiscernment, type DiscernmentScore } from '../discernment';
import { hintCost, marksPassage } from '../score';
import type { Mark, RedFlagsData, SavedMark } from '../scoring';
import type { Deferred } from '../../../ui/deferred';
import type { ExplanationsJson, PassageView, RedFlagsMessages, Translate } from '../view-types';
import type { ArticleWords } from '../place';
import { PassageCard, SoundCard, UnkeyedCard } from './ResultCard';
import stylesheet from './results.css?url';

/** The step's score (issue #13): the discernment scoring, hints costing points as before. */
export function scoreStep(
  marks: readonly Mark[],
  passages: readonly PassageView[],
  hints: Readonly<Record<string, number>>,
): DiscernmentScore {
  return scoreDiscernment(marks, passages, hintCost(hints));
}

/** The headline: the core red flags found, and the extras apart, as a bonus. */
export function headline(t: Translate, score: DiscernmentScore): string {
  const { core, extras } = score;
  return extras.found > 0
    ? t('redFlags.headlineExtras', { found: core.found, total: core.total, extras: extras.found })
    : t('redFlags.headline', { found: core.found, total: core.total });
}
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
  score: DiscernmentScore;
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
  const withOutcome = passages.map((passage) => ({
    passage,
    outcome: score.outcomes[passage.id] ?? { kind: 'not-marked' as const },
  }));
  const of = (kind: string) => withOutcome.filter((r) => r.outcome.kind === kind);
  // Core first, then the extras.
  const found = [
    ...of('found').filter((r) => r.passage.tier === 'core'),
    ...of('found').filter((r) => r.passage.tier === 'extra'),
  ];
  const missed = of('missed');
  const calledSound = of('called-sound');
  const sound = withOutcome.filter(
    (r) =>
      r.passage.kind === 'sound' &&
      (r.outcome.kind !== 'not-marked' || revealed || missed.length === 0),
  );
  const markOf = (outcome: { mark?: number }) =>
    outcome.mark === undefined ? undefined : marks[outcome.mark];
  const unkeyed = marks.filter((m) => !passages.some((p) => marksPassage(m, p)));
  const card = { words, typeName, explanations, answersHref: props.answersHref };
  const keyed = marks.length - unkeyed.length;

  return (
    <section className="rf-results" aria-labelledby="rf-results-heading">
      <h2 id="rf-results-heading" ref={headingRef} tabIndex={-1}>
        {t('redFlags.resultsHeading')}
      </h2>
      <div className="card rf-summary">
        <p className="rf-headline">{headline(t, score)}</p>
        {score.success ? (
          <p className="notice notice--good rf-success">{t('redFlags.success')}</p>
        ) : (
          <p className="rf-success">{t('redFlags.notYet')}</p>
        )}
        <p className="rf-score">
          {t('redFlags.score', {
            earned: formatPoints(score.earned),
            possible: score.possible,
            percent,
          })}
        </p>
        <p className="muted">
          {t('redFlags.keyThorough', { core: score.core.total, extras: score.extras.total })}
        </p>
        <ul>
          {score.sound.total > 0 && (
            <li>
              {t('redFlags.summarySound', {
                confirmed: score.sound.confirmed,
                total: score.sound.total,
                falseAlarms: score.sound.falseAlarms,
              })}
            </li>
          )}
          {score.calledSound > 0 && (
            <li>{t('redFlags.summaryCalledSound', { n: score.calledSound })}</li>
          )}
          <li>
            {t('redFlags.summaryMarks', { marks: marks.length, keyed, unkeyed: unkeyed.length })}
          </li>
          <li>
            {hintsUsed > 0
              ? t('redFlags.summaryHints', {
                  n: hintsUsed,
                  cost: formatPoints(hintCost(props.data.hints)),
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
          {found.map(({ passage, outcome }) => {
            const mark = markOf(outcome as { mark?: number });
            return (
              <PassageCard
                key={passage.id}
                {...card}
                passage={passage}
                {...(mark ? { yourType: typeName(mark.type) } : {})}
                {...(outcome.kind === 'found' ? { credit: outcome.credit } : {})}
              />
            );
          })}
        </ol>
      )}

      {sound.length > 0 && (
        <>
          <h3>{t('redFlags.soundHeading', { n: sound.length })}</h3>
          <p className="muted">{t('redFlags.soundIntro')}</p>
          <ol className="rf-cards">
            {sound.map(({ passage, outcome }) => (
              <SoundCard
                key={passage.id}
                {...card}
                passage={passage}
                outcome={
                  outcome.kind === 'confirmed' || outcome.kind === 'false-alarm'
                    ? outcome.kind
                    : 'not-marked'
                }
                {...(outcome.kind === 'false-alarm' ? { yourType: typeName(outcome.type) } : {})}
              />
            ))}
          </ol>
        </>
      )}

      {calledSound.length > 0 && (
        <>
          <h3>{t('redFlags.calledSoundHeading', { n: calledSound.length })}</h3>
          <ol className="rf-cards">
            {calledSound.map(({ passage }) => (
              <PassageCard key={passage.id} {...card} passage={passage} calledSound />
            ))}
          </ol>
        </>
      )}

      {unkeyed.length > 0 && (
        <>
          <h3>{t('redFlags.unkeyedHeading', { n: unkeyed.length })}</h3>
          <p className="muted">{t('redFlags.unkeyedNote')}</p>
          <ol className="rf-cards">
            {unkeyed.map((mark: SavedMark) => (
              <UnkeyedCard
                key={mark.start}
                words={words}
                mark={mark}
                typeName={typeName(mark.type)}
              />
            ))}
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
