import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SettingsPart } from '../../ui/unsaved-changes';

const partTitle: Record<SettingsPart, string> = { settings: 'settings.title', phoneAccount: 'phone.account.title', crm: 'crm.title' };

/** Closing would drop what was typed: say which parts, and let the agent keep editing or discard them on purpose. */
export function UnsavedChangesNotice({ parts, onDiscard, onKeepEditing }: { parts: readonly SettingsPart[]; onDiscard(): void; onKeepEditing(): void }) {
  const { t } = useTranslation();
  return (
    <Alert className="unsaved-notice" color="red" variant="outline" role="alert" data-testid="settings-unsaved">
      <p>{t('settings.unsaved.title', { parts: parts.map((part) => t(partTitle[part])).join(', ') })}</p>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onDiscard} data-testid="settings-discard">
          {t('settings.unsaved.discard')}
        </Button>
        <Button onClick={onKeepEditing} data-testid="settings-keep-editing">
          {t('settings.unsaved.keepEditing')}
        </Button>
      </Group>
    </Alert>
  );
}
