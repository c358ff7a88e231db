/** How the second look's results write answers and averages. */
import type { Impressions } from '../../../core/progress';
import type { Translate } from '../../../i18n/translate';
import type { SecondMessages } from '../view-types';

type T = Translate<SecondMessages>;

/** A rating or an average: whole numbers as they are, others to one decimal. */
export function num(t: T, n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined) return t('results.notAnswered');
  return Number.isInteger(n) ? String(n) : n.toFixed(digits);
}

/** "Yes", "Maybe", "No" or "Not answered". */
export function shareLabel(t: T, share: Impressions['share']): string {
  return share ? t(`impressions.shareOptions.${share}`) : t('results.notAnswered');
}
