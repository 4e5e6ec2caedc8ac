import type { ScorecardForm } from '@shared/scorecards/scorecard-form';
import { serviceStandardScorecard } from '@shared/scorecards/service-standard-scorecard';

/**
 * The evaluation forms this console knows, by slug and version. Only the
 * service-standard form ships; a form's version never changes once used, so
 * an evaluation names the exact version it was scored against.
 */
const forms: readonly ScorecardForm[] = [serviceStandardScorecard];

/** The form a new evaluation is scored against: the newest version of the service standard. */
export function currentScorecardForm(): ScorecardForm {
  return serviceStandardScorecard;
}

export function findScorecardForm(slug: string, version: number): ScorecardForm | undefined {
  return forms.find((form) => form.slug === slug && form.version === version);
}
