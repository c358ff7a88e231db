/**
 * How long a step takes a student, estimated from what it asks: the words they read and the
 * things they do. A model, stated so a teacher (and a test) can check it, not a measurement of
 * real students; the assumptions are deliberately those of an ordinary 13–17-year-old reader,
 * not a fast one.
 */

/** What one step asks of a student. */
export interface Workload {
  /** Words read for meaning: questions, options, posts, explanations shown. */
  read: number;
  /** Words read quickly, as a post in a feed is (the article at first sight). */
  skim: number;
  /** Choices made: a radio button, a verdict, a rating. */
  choices: number;
  /** Short answers typed: a sentence, a number. */
  typed: number;
  /** Passages found and marked in the article, each with its kind named. */
  marks: number;
}

export const NO_WORK: Workload = { read: 0, skim: 0, choices: 0, typed: 0, marks: 0 };

/** The model's rates (words per minute, seconds per action). */
export const PACE = {
  readWpm: 200,
  skimWpm: 400,
  choiceSeconds: 6,
  typedSeconds: 30,
  markSeconds: 20,
} as const;

export function addWork(...parts: Partial<Workload>[]): Workload {
  const sum = { ...NO_WORK };
  for (const part of parts)
    for (const key of Object.keys(sum) as (keyof Workload)[]) sum[key] += part[key] ?? 0;
  return sum;
}

/** Minutes a workload takes by the model, rounded up to a whole minute (never 0 for any work). */
export function estimateMinutes(work: Workload): number {
  const seconds =
    (work.read / PACE.readWpm) * 60 +
    (work.skim / PACE.skimWpm) * 60 +
    work.choices * PACE.choiceSeconds +
    work.typed * PACE.typedSeconds +
    work.marks * PACE.markSeconds;
  return seconds > 0 ? Math.ceil(seconds / 60) : 0;
}

/**
 * The most student time a case's core may take by the model: a 45-minute period with five
 * minutes for the teacher (issue #14). The build holds every case to it.
 */
export const CORE_BUDGET_MINUTES = 40;

/** Why a case's core does not fit the period (each step's minutes named), or null if it fits. */
export function coreOverBudget(
  steps: readonly { id: string; minutes: number }[],
  budget = CORE_BUDGET_MINUTES,
): string | null {
  const total = steps.reduce((n, s) => n + s.minutes, 0);
  if (total <= budget) return null;
  const each = steps.map((s) => `${s.id} ${s.minutes}`).join(', ');
  return `the core takes ${total} min by the time model (${each}), more than ${budget}: shorten a step's core or make part of it an extra`;
}

/** Words in a text as a reader counts them: markup, citations and punctuation aside. */
export function countWords(text: string): number {
  return (
    text
      .replace(/<[^>]*>/g, ' ')
      .replace(/\]\([^)]*\)/g, ' ')
      .replace(/[*_#>`[\]()]/g, ' ')
      .match(/[\p{L}\p{N}][\p{L}\p{N}’'.,:%£-]*/gu)?.length ?? 0
  );
}

/**
 * Frontmatter fields that are not read as text (ids, anchors, settings, numbers). `source` is
 * not among them: an expert card's `source` is an id (no space, so never counted), and a
 * figure's checks table shows the source's side in words, which a student reads.
 */
const NOT_READ = new Set([
  'id',
  'order',
  'tier',
  'kind',
  'types',
  'difficulty',
  'sources',
  'paragraph',
  'occurrence',
  'url',
  'format',
  'answer',
  'strong',
  'verdict',
  'short',
]);

const hasFeedback = (v: unknown): v is { feedback: unknown } =>
  typeof v === 'object' && v !== null && 'feedback' in v;

/**
 * Words of every prose value in a frontmatter object (a string with a space in it). Of a list of
 * options that each carry feedback, every option is read but only the chosen one's feedback
 * shows: the longest is counted, so the estimate stays on the slow side.
 */
export function proseWords(value: unknown, key = ''): number {
  if (NOT_READ.has(key)) return 0;
  if (typeof value === 'string') return value.includes(' ') ? countWords(value) : 0;
  if (Array.isArray(value) && value.length > 0 && value.every(hasFeedback)) {
    const feedback = value.map((v) => proseWords(v.feedback));
    const rest = value.reduce((n: number, v) => n + proseWords({ ...v, feedback: '' }), 0);
    return rest + Math.max(...feedback);
  }
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + proseWords(v), 0);
  if (value && typeof value === 'object')
    return Object.entries(value).reduce((n, [k, v]) => n + proseWords(v, k), 0);
  return 0;
}
