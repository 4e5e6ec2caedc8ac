import type { TFunction } from 'i18next';
import type { Language } from '@shared/domain/language';

/** A score as the reviewer reads it: failed on a critical item, no score (nothing applied), or the percent in their locale's digits. */
export function scoreText(t: TFunction, language: Language, score: { percent: number | null; failedCritical: readonly string[] }): string {
  if (score.failedCritical.length > 0) return t('review.scorecard.failedCritical');
  if (score.percent === null) return t('review.scorecard.noScore');
  return t('review.scorecard.score', { percent: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(score.percent) });
}
