import { useEffect, type RefObject } from 'react';
import { Button, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CallerSummary } from './CallerSummary';
import { useShownCallStage, useSoftphone } from './phone-context';
import { shortcutLabel } from './phone-shortcuts';

/**
 * The ringing panel: who is calling, answer or decline; focus lands on Answer
 * so Enter takes the call. The Answer button is the caller's ref: a click on
 * the incoming-call notification puts the focus back on it.
 */
export function IncomingCall({ answerButton }: { answerButton: RefObject<HTMLButtonElement | null> }) {
  const { t } = useTranslation();
  const softphone = useSoftphone();
  // Urgent: the agent answers from here.
  const call = useShownCallStage('urgent');
  const ringing = call.status === 'incoming';

  useEffect(() => {
    if (ringing) answerButton.current?.focus();
  }, [ringing, answerButton]);

  if (call.status !== 'incoming') return null;
  return (
    <section className="incoming-call" role="alertdialog" aria-labelledby="incoming-call-title" data-testid="incoming-call">
      <h2 id="incoming-call-title" className="incoming-call__title">
        {t('phone.incoming.title')}
      </h2>
      <CallerSummary call={call} />
      <div className="incoming-call__actions">
        <Tooltip label={shortcutLabel('answer')}>
          <Button ref={answerButton} color="answer" onClick={() => void softphone.answer()} aria-keyshortcuts={shortcutLabel('answer')} data-testid="answer-button">
            {t('phone.incoming.answer')}
          </Button>
        </Tooltip>
        <Tooltip label={shortcutLabel('hangUp')}>
          <Button color="danger" onClick={() => void softphone.decline()} aria-keyshortcuts={shortcutLabel('hangUp')} data-testid="decline-button">
            {t('phone.incoming.decline')}
          </Button>
        </Tooltip>
      </div>
    </section>
  );
}
