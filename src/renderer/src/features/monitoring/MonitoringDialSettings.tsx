import { Fieldset, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '@shared/contract/error';
import { monitoringDialSettings } from '@shared/domain/monitoring-dial';
import type { Settings } from '@shared/domain/settings';
import { supervisionModes } from '@shared/domain/supervision';
import type { PolicyTarget } from '@shared/policy/policy-target';
import { LockedField } from '../../ui/LockedField';

export type MonitoringDialValue = Pick<Settings, 'monitoringDialListen' | 'monitoringDialWhisper' | 'monitoringDialBarge'>;

export function monitoringDialOf(settings: Settings): MonitoringDialValue {
  const { monitoringDialListen, monitoringDialWhisper, monitoringDialBarge } = settings;
  return { monitoringDialListen, monitoringDialWhisper, monitoringDialBarge };
}

interface MonitoringDialSettingsProps {
  value: MonitoringDialValue;
  onChange(patch: Partial<MonitoringDialValue>): void;
  lockOf(target: PolicyTarget): string | null;
  error: ContractError | null;
}

/** Administration: the PBX's own monitoring feature codes, per mode; each may be locked by policy. */
export function MonitoringDialSettings({ value, onChange, lockOf, error }: MonitoringDialSettingsProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('monitoring.settings.title')} variant="unstyled" data-testid="settings-monitoring-dial">
      <small className="muted">{t('monitoring.settings.hint')}</small>
      {supervisionModes.map((mode) => {
        const setting = monitoringDialSettings[mode];
        return (
          <LockedField key={mode} policyKey={lockOf(`settings.${setting}`)} testId={`settings-monitoring-dial-${mode}-locked`}>
            <TextInput
              label={t(`monitoring.settings.${mode}`)}
              value={value[setting]}
              onChange={(event) => onChange({ [setting]: event.currentTarget.value })}
              error={error?.field === setting}
              spellCheck={false}
              data-testid={`settings-monitoring-dial-${mode}`}
            />
          </LockedField>
        );
      })}
    </Fieldset>
  );
}
