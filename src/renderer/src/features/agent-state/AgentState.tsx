import { useTranslation } from 'react-i18next';

/** The agent can only be offline until a phone is registered: saying "Ready" would be a lie. */
export function AgentState() {
  const { t } = useTranslation();
  return (
    <span className="agent-state" data-testid="agent-state" role="status" aria-label={t('agentState.label')}>
      <span className="status-dot status-dot--off" aria-hidden="true" />
      {t('agentState.offline')}
    </span>
  );
}
