import { Alert, Anchor, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScriptIssue } from '@shared/scripts/script-issue';
import { issueSentence, type ScriptNames } from './issue-sentence';

interface Props {
  issues: ScriptIssue[];
  /** The script being edited, to name its steps by title; left out for files that never loaded. */
  names?: ScriptNames;
  /** For files refused from the scripts folder, where the file is what tells them apart. */
  withFile?: boolean;
  /** Given where the file is on screen: a problem becomes a link to its line. */
  onReveal?(issue: ScriptIssue): void;
}

/** Why a script was refused: one sentence per problem, naming the step by its title. */
export function ScriptIssues({ issues, names, withFile = false, onReveal }: Props) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert" p="xs" data-testid="script-issues">
      <List size="sm" spacing={2}>
        {issues.map((issue, index) => (
          <List.Item key={index}>
            {withFile && <strong>{issue.file}: </strong>}
            {onReveal ? (
              <Anchor component="button" type="button" size="sm" c="inherit" ta="start" underline="hover" onClick={() => onReveal(issue)}>
                {issueSentence(issue, t, names)}
              </Anchor>
            ) : (
              issueSentence(issue, t, names)
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
