import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BoardRow } from './board-rows';
import { useWatchProblemText } from '../../ui/use-watch-problem-text';

/** Which agents the board cannot know about, and why: said once above the table, never shown as offline. */
export function UnknownAgents({ rows }: { rows: readonly BoardRow[] }) {
  const { t } = useTranslation();
  const problemText = useWatchProblemText();
  const unknown = rows.flatMap((row) => (row.watch.presence.status === 'unknown' ? [{ name: row.agent.displayName, why: problemText(row.watch.presence.problem) }] : []));
  if (unknown.length === 0) return null;
  const byReason = new Map<string, string[]>();
  for (const { name, why } of unknown) byReason.set(why, [...(byReason.get(why) ?? []), name]);
  return (
    <Alert color="yellow" variant="light" p="xs" data-testid="board-unknown" title={t('board.unknownTitle', { count: unknown.length })}>
      <ul className="board-unknown__list">
        {[...byReason].map(([why, names]) => (
          <li key={why}>
            {why}: {names.join(', ')}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
