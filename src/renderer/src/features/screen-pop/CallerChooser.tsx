import { Alert } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '@shared/contract/error';
import { useContractErrorText } from '../../ui/contract-error-text';
import { usePhoneFormat } from '../../ui/phone-format';
import type { CallContext } from '../../core/calls/call-contexts';
import { useCallContexts } from '../phone/phone-context';
import { CallerChoice } from './CallerChoice';

/** A shared number (a family line, a company switchboard): the agent says who is calling, one key press away. */
export function CallerChooser({ context }: { context: CallContext }) {
  const formatPhone = usePhoneFormat();
  const { t } = useTranslation();
  const calls = useCallContexts();
  const titleId = useId();
  const errorText = useContractErrorText();
  const [error, setError] = useState<ContractError | 'not-stored' | null>(null);
  const choose = async (customerId: number) => setError(await calls.choose(context.sipCallId, customerId));

  return (
    <section className="screen-pop" aria-labelledby={titleId} data-testid="caller-chooser">
      <h3 id={titleId}>{t('screenPop.whoIsCalling', { number: formatPhone(context.e164 ?? context.remote) })}</h3>
      <ul className="screen-pop__choices">
        {(context.matches ?? []).map((customerId) => (
          <li key={customerId}>
            <CallerChoice customerId={customerId} onChoose={() => void choose(customerId)} />
          </li>
        ))}
      </ul>
      {error && (
        <Alert color="red" variant="light" p="xs" role="alert">
          <span title={error === 'not-stored' ? undefined : errorText(error)}>{t('screenPop.chooseFailed')}</span>
        </Alert>
      )}
    </section>
  );
}
