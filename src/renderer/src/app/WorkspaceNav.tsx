import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkspaceView } from './workspace-views';

export const deskViewId = 'desk';

/** The strip under the call bar that switches between the desk and the other views; absent when the desk is all there is. */
export function WorkspaceNav({ views, current, onSelect }: { views: readonly WorkspaceView[]; current: string; onSelect(viewId: string): void }) {
  const { t } = useTranslation();
  if (views.length === 0) return null;
  const entries = [{ id: deskViewId, labelKey: 'workspace.desk' }, ...views];
  return (
    <nav className="workspace-nav" aria-label={t('workspace.navigation')} data-testid="workspace-nav">
      {entries.map((view) => (
        <Button
          key={view.id}
          size="compact-sm"
          variant={view.id === current ? 'filled' : 'subtle'}
          aria-current={view.id === current ? 'page' : undefined}
          onClick={() => onSelect(view.id)}
          data-testid={`workspace-${view.id}`}
        >
          {t(view.labelKey)}
        </Button>
      ))}
    </nav>
  );
}
