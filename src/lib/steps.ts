/** The kinds of step a case can have, in the order a lesson normally runs them. */
export const stepKinds = [
  'first-impressions',
  'red-flags',
  'experts',
  'statistics',
  'second-look',
] as const;
export type StepKind = (typeof stepKinds)[number];

/** The steps that are modules (each with its own saved `data`), as opposed to the ratings. */
export const moduleKinds = [
  'red-flags',
  'experts',
  'statistics',
] as const satisfies readonly StepKind[];
