import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../ui/format';
import { useTimeInState } from './use-time-in-state';
import './agent-panel.css';

/**
 * "· 12:34" beside the agent's state: how long the agent has been in it, as
 * this page counted (a reload starts it again). Not a live region: a screen
 * reader would otherwise read it out every second.
 */
export function TimeInState({ since }: { since: number }) {
  const { t } = useTranslation();
  const seconds = useTimeInState(since);
  return (
    <span className="time-in-state" data-testid="agent-state-time" data-seconds={seconds} title={t('myCalls.timeInState')}>
      <span aria-hidden="true">· </span>
      <span className="visually-hidden">{t('myCalls.timeInState')}: </span>
      {formatDuration(seconds)}
    </span>
  );
}
