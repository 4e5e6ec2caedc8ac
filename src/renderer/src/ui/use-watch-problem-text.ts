import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { WatchProblem } from '../core/presence/watch-problem';

/** Why an agent's state (or a publication) is unknown, in the supervisor's language, with the SIP code when there was one. */
export function useWatchProblemText(): (problem: WatchProblem) => string {
  const { t } = useTranslation();
  return useCallback(
    (problem: WatchProblem) => {
      const text = t(`board.problem.${problem.reason}`);
      return problem.code === null ? text : t('board.problemWithCode', { problem: text, code: problem.code });
    },
    [t],
  );
}
