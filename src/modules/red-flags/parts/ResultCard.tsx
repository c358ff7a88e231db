/**
 * A card in the results: a key passage (where it is, the quote, how the student did, our types,
 * what checks out, and its explanation on request), a passage that checks out (how to confirm
 * it, and why it holds up), or a mark outside the key.
 */
import { useId, useState } from 'react';
import { useT } from '../../../ui/strings';
import ReadAloud from '../../../ui/ReadAloud';
import type { ArticleWords } from '../place';
import type { Credit } from '../score';
import type { SavedMark } from '../scoring';
import type { Deferred } from '../../../ui/deferred';
import type { ExplanationsJson, PassageView, RedFlagsMessages } from '../view-types';

type Explanations = Deferred<ExplanationsJson>;

/** The passage's explanation, put in the page only once opened (long results stay light). */
function Explanation(props: {
  id: string;
  explanations: Explanations;
  answersHref: string;
  /** A passage that checks out: "Why it checks out". */
  sound?: boolean;
  /** Open from the start (a false alarm: the student should read why). */
  open?: boolean;
}) {
  const t = useT<RedFlagsMessages>();
  const [open, setOpen] = useState(props.open === true);
  const { explanations } = props;
  const html = explanations.data?.[props.id];
  const bodyId = useId();
  return (
    <details
      className="rf-explain"
      open={props.open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{t(props.sound ? 'redFlags.whyChecksOut' : 'redFlags.explanation')}</summary>
      {open &&
        (html !== undefined ? (
          <>
            <ReadAloud what="explanation" target={bodyId} />
            <div
              className="rf-explain__body"
              id={bodyId}
              dangerouslySetInnerHTML={{ __html: html }}
            />
          </>
        ) : explanations.failed || explanations.data ? (
          <div className="rf-explain__body notice notice--warn">
            <p>
              {t('redFlags.explanationFailed')}{' '}
              <a href={props.answersHref}>{t('redFlags.explanationOnKey')}</a>
            </p>
            {explanations.failed && (
              <button
                type="button"
                className="button button--secondary"
                onClick={explanations.retry}
              >
                {t('redFlags.explanationRetry')}
              </button>
            )}
          </div>
        ) : (
          <p className="rf-explain__body muted">{t('redFlags.explanationLoading')}</p>
        ))}
    </details>
  );
}

interface PassageCardProps {
  words: ArticleWords;
  passage: PassageView;
  typeName: (id: string) => string;
  explanations: Explanations;
  answersHref: string;
  /** The type the student named it with, when a mark found it. */
  yourType?: string;
  credit?: Credit;
  /** The student marked this red flag "It checks out". */
  calledSound?: boolean;
}

/** A key passage, as on the answer key page, with how the student did. */
export function PassageCard(props: PassageCardProps) {
  const t = useT<RedFlagsMessages>();
  const { words, passage: p, typeName, credit, yourType } = props;
  const [best = '', ...others] = p.types;
  return (
    <li className={`card rf-card${credit ? ` rf-card--${credit}` : ''}`}>
      <Meta words={words} passage={p} />
      <blockquote className="rf-card__quote">
        <p>“{words.quoteOf(p)}”</p>
      </blockquote>
      {credit && (
        <p className={`rf-verdict rf-verdict--${credit}`}>{t(`redFlags.credit.${credit}`)}</p>
      )}
      {props.calledSound && <p className="rf-verdict">{t('redFlags.calledSound')}</p>}
      {yourType && (
        <p className="rf-card__types">
          <span className="muted">{t('redFlags.yourType')}</span> <strong>{yourType}</strong>
        </p>
      )}
      <p className="rf-card__types">
        <span className="muted">{t('redFlags.ourType')}</span> <strong>{typeName(best)}</strong>
        {others.length > 0 && (
          <>
            <br />
            <span className="muted">{t('redFlags.alsoFits')}</span>{' '}
            <strong>{others.map(typeName).join('; ')}</strong>
          </>
        )}
      </p>
      {p.checksOut && (
        <div className="notice notice--good rf-checks">
          <p>
            <strong>{t('redFlags.checksOut')}:</strong> {p.checksOut}
          </p>
        </div>
      )}
      <Explanation id={p.id} explanations={props.explanations} answersHref={props.answersHref} />
    </li>
  );
}

/** Where a passage is, how hard it is to spot, and whether it is an extra. */
function Meta({ words, passage: p }: { words: ArticleWords; passage: PassageView }) {
  const t = useT<RedFlagsMessages>();
  return (
    <p className="rf-card__meta">
      {words.placeOf(p)} · {t(`redFlags.difficulty.${p.difficulty}`)}
      {p.kind === 'red-flag' && p.tier === 'extra' && (
        <span className="rf-tag">{t('redFlags.extraTag')}</span>
      )}
    </p>
  );
}

interface SoundCardProps {
  words: ArticleWords;
  passage: PassageView;
  explanations: Explanations;
  answersHref: string;
  /** How the student did: confirmed it, marked it as a red flag (of `yourType`), or not at all. */
  outcome: 'confirmed' | 'false-alarm' | 'not-marked';
  yourType?: string;
}

/** A passage that checks out, with how the student did, why it holds up and how to confirm it. */
export function SoundCard(props: SoundCardProps) {
  const t = useT<RedFlagsMessages>();
  const { words, passage: p, outcome } = props;
  const verdict = {
    confirmed: 'redFlags.soundConfirmed',
    'false-alarm': 'redFlags.soundFalseAlarm',
    'not-marked': 'redFlags.soundNotMarked',
  } as const;
  return (
    <li className={`card rf-card rf-card--sound rf-card--${outcome}`}>
      <Meta words={words} passage={p} />
      <blockquote className="rf-card__quote">
        <p>“{words.quoteOf(p)}”</p>
      </blockquote>
      <p className={`rf-verdict${outcome === 'confirmed' ? ' rf-verdict--full' : ''}`}>
        {t(verdict[outcome])}
      </p>
      {props.yourType && (
        <p className="rf-card__types">
          <span className="muted">{t('redFlags.yourType')}</span> <strong>{props.yourType}</strong>
        </p>
      )}
      {p.confirm && (
        <div className="notice notice--good rf-checks">
          <p>
            <strong>{t('redFlags.howToConfirm')}</strong> {p.confirm}
          </p>
        </div>
      )}
      <Explanation
        id={p.id}
        explanations={props.explanations}
        answersHref={props.answersHref}
        sound
        open={outcome === 'false-alarm'}
      />
    </li>
  );
}

/** A mark that found no key passage: shown neutrally. */
export function UnkeyedCard(props: { words: ArticleWords; mark: SavedMark; typeName: string }) {
  const t = useT<RedFlagsMessages>();
  const { mark } = props;
  return (
    <li className="card rf-card rf-card--unkeyed">
      <p className="rf-card__meta">{props.words.placeOf(mark)}</p>
      <blockquote className="rf-card__quote">
        <p>“{mark.text}”</p>
      </blockquote>
      <p className="rf-card__types">
        <span className="muted">{t('redFlags.yourType')}</span> <strong>{props.typeName}</strong>
      </p>
    </li>
  );
}
