import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyCalls } from '@shared/domain/my-calls';
import { useNow } from '../../ui/use-now';
import type { CallBackBlocker } from './call-back-blocker';
import { MyCallRow } from './MyCallRow';
import { TodayCounts } from './TodayCounts';

const blockerText = { 'no-phone': 'myCalls.callBackNoPhone', 'in-call': 'myCalls.callBackInCall' } as const;

interface MyCallsPanelProps {
  mine: MyCalls;
  blocker: CallBackBlocker | null;
  onCallBack(number: string): void;
  onOpenCustomer(customerId: number): void;
}

/** Today's numbers, then the agent's newest calls with Call back on each. */
export function MyCallsPanel({ mine, blocker, onCallBack, onOpenCustomer }: MyCallsPanelProps) {
  const { t } = useTranslation();
  const now = useNow();
  const blockedNoteId = useId();
  if (mine.agent === null) return <p className="my-calls__empty">{t('myCalls.noAccount')}</p>;

  return (
    <div className="my-calls" data-testid="my-calls-panel">
      <TodayCounts today={mine.today} />
      <h3 className="my-calls__heading">{t('myCalls.recent')}</h3>
      {blocker && (
        <p id={blockedNoteId} className="my-calls__blocked" data-testid="my-calls-blocked" data-blocker={blocker}>
          {t(blockerText[blocker])}
        </p>
      )}
      {mine.calls.length === 0 ? (
        <p className="my-calls__empty">{t('myCalls.empty')}</p>
      ) : (
        <table className="my-calls__table">
          <thead>
            <tr>
              <th scope="col">{t('myCalls.columns.when')}</th>
              <th scope="col">{t('myCalls.columns.who')}</th>
              <th scope="col">{t('myCalls.columns.outcome')}</th>
              <th scope="col">{t('myCalls.columns.duration')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('myCalls.callBack')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {mine.calls.map((call) => (
              <MyCallRow
                key={call.interactionId}
                call={call}
                now={now}
                blockedNoteId={blocker ? blockedNoteId : null}
                onCallBack={onCallBack}
                onOpenCustomer={onOpenCustomer}
              />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
