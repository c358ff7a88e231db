/** The student's own words and choices, for print. */
import { useId } from 'react';
import { useT } from '../../../ui/strings';
import type { Messages } from '../view-types';

export default function WrittenAnswers({ answers }: { answers: [string, string][] }) {
  const t = useT<Messages>();
  const uid = useId();
  return (
    <section className="written-answers" aria-labelledby={`${uid}-answers`}>
      <h2 id={`${uid}-answers`}>{t('summary.answersHeading')}</h2>
      <p className="muted">{t('summary.answersIntro')}</p>
      {answers.length === 0 ? (
        <p>{t('summary.noAnswers')}</p>
      ) : (
        <dl>
          {answers.map(([label, text], i) => (
            <div key={i}>
              <dt>{label}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
