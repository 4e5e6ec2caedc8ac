import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../ui/format';
import { useCallTimer } from '../phone/use-call-timer';

/** The wrap-up's time left, or how far over it is: it ticks every second, so it renders alone, not the agent state around it. */
export function WrapUpCountdown({ since, limitSeconds }: { since: number; limitSeconds: number }) {
  const { t } = useTranslation();
  const elapsed = useCallTimer(since);
  return (
    <span role="status" data-testid="wrap-up-timer">
      {elapsed > limitSeconds ? t('agentState.wrapUpOver', { over: formatDuration(elapsed - limitSeconds) }) : t('agentState.wrapUp', { left: formatDuration(limitSeconds - elapsed) })}
    </span>
  );
}
