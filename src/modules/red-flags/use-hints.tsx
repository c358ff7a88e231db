/**
 * The hints after each section's heading while marking. A section whose key holds passages has
 * one; their words load from hints.json (src/ui/deferred.tsx) when a student first asks, or at
 * once when hints were taken before, and a level is taken (./store.ts) only once its words can
 * show: a hint that cannot load costs nothing.
 */
import { useEffect, useRef, useState } from 'react';
import type { MarkingDoc, Unit } from '../../core/marking-doc';
import { useDeferred } from '../../ui/deferred';
import { useT } from '../../ui/strings';
import SectionHint from './parts/SectionHint';
import { takeHint, type StepNow } from './store';
import type { HintsJson, RedFlagsMessages } from './view-types';

interface Options {
  href: string;
  doc: MarkingDoc;
  /** The sections (by index) whose key holds passages: the others get no hint. */
  sections: ReadonlySet<number>;
  /** Hints can be taken (marking, not the results). */
  active: boolean;
  /** The step as the student sees it now (its `data.hints` are the levels taken). */
  at: () => StepNow;
}

/** What goes after a unit of the article: a section's hint after its heading, or nothing. */
export function useHints({ href, doc, sections, active, at }: Options) {
  const t = useT<RedFlagsMessages>();
  const levels = at().data.hints;
  // The section whose next hint the student asked for, until its words are there.
  const [asked, setAsked] = useState<string | null>(null);
  const taken = Object.values(levels).some((n) => n > 0);
  const file = useDeferred<HintsJson>(href, active && (asked !== null || taken));
  const latest = useRef(at);
  latest.current = at;

  useEffect(() => {
    if (asked === null || !file.data) return;
    takeHint(latest.current(), asked);
    setAsked(null);
  }, [asked, file.data]);

  return (unit: Unit) => {
    if (!active || (unit.kind !== 'headline' && unit.kind !== 'heading')) return null;
    const section = doc.sections[unit.section];
    // No hint where the key holds nothing (the comment form at the end of the page).
    if (!section || !sections.has(section.index)) return null;
    const level = levels[section.id] ?? 0;
    return (
      <SectionHint
        sectionTitle={section.title || t('redFlags.sectionTop')}
        level={level}
        hints={file.data?.[section.id]}
        // Said where the student asked, and where a hint already taken cannot show.
        failed={file.failed && (asked === section.id || level > 0)}
        onTake={() => {
          // One level per press, however often the button is pressed while the words load.
          if (asked !== null && !file.failed) return;
          setAsked(section.id);
          if (file.failed) file.retry();
        }}
        onRetry={file.retry}
      />
    );
  };
}
