import { useTranslation } from 'react-i18next';
import type { ScriptIssue } from '@shared/scripts/script-issue';

/** Why a script was refused: the file, the step and the reason, each issue on its own line. */
export function ScriptIssues({ issues }: { issues: ScriptIssue[] }) {
  const { t } = useTranslation();
  return (
    <ul className="script-issues" role="alert" data-testid="script-issues">
      {issues.map((issue, index) => (
        <li key={index}>
          <strong>{issue.step ? t('scriptEditor.issueAtStep', { file: issue.file, step: issue.step }) : issue.file}</strong>: {t(`scriptEditor.issue.${issue.reason}`)}{' '}
          <code>{issue.detail}</code>
        </li>
      ))}
    </ul>
  );
}
