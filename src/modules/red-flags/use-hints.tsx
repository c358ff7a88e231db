/**
 * The hints after each section's heading while marking. A section whose key holds passages has
 * one; its words load from hints.json when a student first asks (or at once, when hints were
 * taken before), and a level is taken (./store.ts) only once its words can show.
 */
import { useRef, useState } from 'react';
import type { MarkingDoc, Unit } from '../../core/marking-doc';
import { useT } from '../../ui/strings';
import SectionHint from './parts/SectionHint';
import { passagesInSection } from './scoring';
import { takeHint, type StepNow } from './store';
import { isHints, useJson } from './use-json';
import type { PassageView, RedFlagsMessages } from './view-types';

interface Options {
  href: string;
  doc: MarkingDoc;
  passages: readonly PassageView[];
  /** Hints can be taken (marking, not the results). */
  active: boolean;
  /** The step as the student sees it now (its `data.hints` are the levels taken). */
  at: () => StepNow;
}

/** What goes after a unit of the article: a section's hint after its heading, or nothing. */
export function useHints({ href, doc, passages, active, at }: Options) {
  const t = useT<RedFlagsMessages>();
  const levels = at().data.hints;
  const file = useJson(href, isHints, active && Object.values(levels).some((n) => n > 0));
  const [failedIn, setFailedIn] = useState<string | null>(null);
  const asking = useRef(false);
  // The step as it is when the words arrive, not when the student asked.
  const latest = useRef(at);
  latest.current = at;

  return (unit: Unit) => {
    if (!active || (unit.kind !== 'headline' && unit.kind !== 'heading')) return null;
    const section = doc.sections[unit.section];
    // No hint where the key holds nothing (the comment form at the end of the page).
    if (!section || passagesInSection(doc, passages, section.index).length === 0) return null;
    const level = levels[section.id] ?? 0;
    return (
      <SectionHint
        sectionTitle={section.title || t('redFlags.sectionTop')}
        level={level}
        hints={file.value?.[section.id]}
        // Said where the student asked, and where a hint already taken cannot show.
        failed={failedIn === section.id || (level > 0 && file.status === 'failed')}
        onTake={() => {
          // One level per press, however quickly the button is pressed again while loading.
          if (asking.current) return;
          asking.current = true;
          void file.load().then((loaded) => {
            asking.current = false;
            setFailedIn(loaded ? null : section.id);
            if (loaded) takeHint(latest.current(), section.id);
          });
        }}
        onRetry={() => void file.load()}
      />
    );
  };
}
