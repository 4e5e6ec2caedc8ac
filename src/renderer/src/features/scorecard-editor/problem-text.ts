import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/domain/language';
import type { ScorecardFormProblem } from '@shared/scorecards/scorecard-form-draft';

/** A form problem in the UI language, naming the question by its number (1-based, as the list shows it), the text and the language. */
export function useProblemText(): (problem: ScorecardFormProblem) => string {
  const { t } = useTranslation();
  return useCallback(
    (problem) => {
      const number = 'question' in problem && problem.question !== null ? problem.question + 1 : 0;
      const values: Record<string, string | number | null> = { ...problem, number };
      if ('field' in problem) {
        values.where = problem.question === null ? t('scorecardEditor.where.form') : t(`scorecardEditor.where.${problem.field}`, { number });
        values.language = t(`scorecardEditor.language.${problem.language}`);
      }
      return t(`scorecardEditor.problem.${problem.problem}`, values);
    },
    [t],
  );
}

/** Where an input is: the form's own words (question null) or a question's, and for texts which one in which language. */
export type InputPlace = { question: number | null } & ({ field: 'title' | 'text'; language: Language } | { field: 'id' | 'weight' | 'scaleMax' });

const fieldOf: Partial<Record<ScorecardFormProblem['problem'], InputPlace['field']>> = {
  'bad-question-id': 'id',
  'duplicate-question-id': 'id',
  'weight-not-a-number': 'weight',
  'weight-out-of-range': 'weight',
  'scale-out-of-range': 'scaleMax',
};

/** The problems that belong beside one input. */
export function problemsAt(problems: readonly ScorecardFormProblem[], place: InputPlace): ScorecardFormProblem[] {
  return problems.filter((problem) => {
    const question = 'question' in problem ? problem.question : undefined;
    if (question !== place.question) return false;
    if ('field' in problem) return 'language' in place && problem.field === place.field && problem.language === place.language;
    return fieldOf[problem.problem] === place.field;
  });
}
