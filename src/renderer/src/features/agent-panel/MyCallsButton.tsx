import { useEffect, useState } from 'react';
import { Badge, Button, Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { usePhoneValue, useSoftphone } from '../phone/phone-context';
import { callBackBlocker } from './call-back-blocker';
import { MyCallsPanel } from './MyCallsPanel';
import { newestMissedAt, unseenMissed } from './unseen-missed';
import { useMyCalls } from './use-my-calls';
import { useSeenMissed } from './use-seen-missed';
import './agent-panel.css';

/**
 * "My calls" in the call bar, with a badge for the missed calls the agent has
 * not looked at yet; it opens the agent's own panel in a drawer over the
 * console, so the layout below never moves.
 */
export function MyCallsButton({ onOpenCustomer }: { onOpenCustomer(customerId: number): void }) {
  const { t } = useTranslation();
  const softphone = useSoftphone();
  const blocker = usePhoneValue(callBackBlocker);
  const [open, setOpen] = useState(false);
  // Urgent, as the incoming call itself: the drawer closes in the same render that shows the Answer button.
  const ringing = usePhoneValue(({ call }) => call.status === 'incoming', 'urgent');
  const query = useMyCalls();
  const mine = query.status === 'ready' ? query.value : null;
  const { seenUntil, markSeen } = useSeenMissed(mine?.agent ?? null);
  const unseen = mine ? unseenMissed(mine.calls, seenUntil).length : 0;

  // A ringing call comes first: the drawer must not cover the Answer button or hold the focus away from it.
  if (ringing && open) setOpen(false);

  // Looking at the list is seeing it: calls missed while it is open are seen too.
  useEffect(() => {
    if (open && mine) markSeen(newestMissedAt(mine.calls, seenUntil));
  }, [open, mine, seenUntil, markSeen]);

  return (
    <>
      <Button
        // Light on the call bar's dark background, outlined like the bar's other buttons.
        variant="outline"
        color="gray.4"
        size="compact-sm"
        className="my-calls-open"
        onClick={() => setOpen(true)}
        aria-label={unseen > 0 ? `${t('myCalls.open')}: ${t('myCalls.unseenMissed', { count: unseen })}` : undefined}
        rightSection={
          unseen > 0 ? (
            <Badge color="red" size="sm" circle={unseen < 10} data-testid="my-calls-badge" data-count={unseen} aria-hidden="true">
              {unseen}
            </Badge>
          ) : undefined
        }
        data-testid="my-calls-open"
      >
        {t('myCalls.open')}
      </Button>
      {/* No scroll lock: Mantine's writes a <style> element, which the page's CSP (style-src 'self') refuses. */}
      <Drawer opened={open} onClose={() => setOpen(false)} lockScroll={false} position="right" size={620} title={t('myCalls.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {query.status === 'failed' && <ErrorNotice error={query.error} />}
        {mine && (
          <MyCallsPanel
            mine={mine}
            blocker={blocker}
            onCallBack={(number) => {
              setOpen(false);
              void softphone.dial(number);
            }}
            onOpenCustomer={(customerId) => {
              setOpen(false);
              onOpenCustomer(customerId);
            }}
          />
        )}
      </Drawer>
    </>
  );
}
