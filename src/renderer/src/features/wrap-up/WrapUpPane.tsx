import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhoneFormat } from '../../ui/phone-format';
import { useCurrentCallContext } from '../phone/phone-context';
import { usePendingWrapUps } from './use-pending-wrap-ups';
import { WrapUpForm } from './WrapUpForm';
import { pickWrapUpTarget } from './wrap-up-target';

/**
 * What the call leaves behind: the note (saved as it is typed) from the
 * first ring, the codes and promises once it is over. A call left unfinished
 * when the console stopped comes back here on the next start.
 */
export function WrapUpPane() {
  const formatPhone = usePhoneFormat();
  const { t } = useTranslation();
  const titleId = useId();
  const context = useCurrentCallContext();
  const { pending, refresh } = usePendingWrapUps();
  const [finished, setFinished] = useState<ReadonlySet<number>>(new Set());
  const target = pickWrapUpTarget(context, pending, finished);
  const justSaved = context?.interactionId != null && finished.has(context.interactionId);

  const saved = (interactionId: number) => {
    setFinished((ids) => new Set(ids).add(interactionId));
    refresh();
  };

  return (
    <section className="pane wrap-up-pane" aria-labelledby={titleId} data-testid="wrap-up">
      <h2 id={titleId} className="pane__title">
        {t('wrapUp.title')}
      </h2>
      {justSaved && (
        <p role="status" data-testid="wrap-up-saved">
          {t('wrapUp.saved')}
        </p>
      )}
      {target === null && !justSaved && <p className="empty-state">{t('wrapUp.empty')}</p>}
      {target !== null && (
        <>
          <p className="wrap-up-call" data-testid="wrap-up-call">
            {target.current ? t('wrapUp.thisCall', { number: formatPhone(target.remote) }) : t('wrapUp.unfinishedCall', { number: formatPhone(target.remote) })}
          </p>
          <WrapUpForm key={target.interactionId} target={target} onSaved={saved} />
        </>
      )}
    </section>
  );
}
