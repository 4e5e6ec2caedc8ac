import { formatDuration } from '../../ui/format';
import { useCallTimer } from './use-call-timer';

/** How long the call has been up: the one part of the call bar that changes every second, so the only part rendered then. */
export function CallClock({ since }: { since: number }) {
  return <>{formatDuration(useCallTimer(since))}</>;
}
