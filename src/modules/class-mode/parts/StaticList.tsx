/**
 * Every slide of every step in one long list, each answer inside <details>: what a browser
 * without JavaScript shows, and what prints. With JavaScript it is hidden on screen (CSS).
 *
 * The parts are the page's static HTML (the island's slots); each is drawn in one place at a
 * time, so the slide on the stage is missing here until it leaves the stage, or the page prints.
 */
import type { ReactNode } from 'react';
import { useT } from '../../../ui/strings';
import { discussionIndex } from '../model';
import { headSlot, type Messages, type Part, type SlotName, type StepView } from '../view-types';

interface Props {
  steps: StepView[];
  /** A slot's static HTML (a step's heading, or a slide's part), or undefined if it has none. */
  slot: (name: SlotName) => ReactNode;
  /** A slide's part, unless it is on the stage. */
  part: (step: number, slide: number, part: Part) => ReactNode;
  /** While printing every answer shows. */
  printing: boolean;
}

export default function StaticList({ steps, slot, part, printing }: Props) {
  const t = useT<Messages>();
  return (
    <div className="cm-static">
      <nav className="cm-static__toc no-print" aria-label={t('classMode.ui.stepsHeading')}>
        <ol>
          {steps.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {steps.map((step, i) => (
        <section
          key={step.id}
          id={step.id}
          className="cm-static__step"
          aria-labelledby={`cm-static-${step.id}`}
        >
          {slot(headSlot(i))}
          <ol className="cm-static__slides">
            {step.answers.map((_, j) => {
              const q = step.discussion[discussionIndex(j, 0, step.discussion.length)];
              const more = part(i, j, 'more');
              return (
                <li key={j} className="cm-static__slide">
                  <div className="cm-prompt">{part(i, j, 'prompt')}</div>
                  <details className="cm-static__answer" open={printing}>
                    <summary>{t('classMode.answerSummary')}</summary>
                    <div className="cm-lead">{part(i, j, 'lead')}</div>
                    {q && (
                      <p className="cm-static__discuss">
                        <strong>{t('classMode.discussLabel')}</strong> {q}
                      </p>
                    )}
                    {more !== undefined && <div className="cm-more">{more}</div>}
                  </details>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
