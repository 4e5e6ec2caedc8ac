import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePolicy } from '../../ui/use-policy';
import { usePhoneValue } from '../phone/phone-context';
import { indicatorShown } from './indicator-policy';

/**
 * Tells the agent that a supervisor is in the call, and how: listening,
 * coaching (whisper) or joined (barge). Shown unless the site's policy turns
 * it off (silent monitoring, where local law allows it).
 */
export function SupervisorIndicator() {
  const { t } = useTranslation();
  const { policy } = usePolicy();
  const mode = usePhoneValue((state) => state.monitored?.mode ?? null);
  const name = usePhoneValue((state) => state.monitored?.supervisorName ?? null);
  if (mode === null || !indicatorShown(policy)) return null;
  const label = t(`monitoring.indicator.${mode}`);
  return (
    <Tooltip label={t('monitoring.indicator.who', { name: name ?? '' })} disabled={!name}>
      <Badge color={mode === 'listen' ? 'gray' : 'orange'} variant="light" role="status" data-testid="supervisor-indicator" data-mode={mode}>
        {label}
      </Badge>
    </Tooltip>
  );
}
