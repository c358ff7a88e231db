/** The kinds of step a case can have, in the order a lesson normally runs them. */
export const stepKinds = [
  'warm-up',
  'first-impressions',
  'red-flags',
  'experts',
  'statistics',
  'second-look',
] as const;
export type StepKind = (typeof stepKinds)[number];
