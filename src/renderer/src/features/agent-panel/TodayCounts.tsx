import { useTranslation } from 'react-i18next';
import type { MyDay } from '@shared/domain/my-calls';
import { formatDuration } from '../../ui/format';

/** Today's numbers at the top of the panel, from what the store holds (talk time and saved wrap-ups). */
export function TodayCounts({ today }: { today: MyDay }) {
  const { t } = useTranslation();
  const average = today.averageHandleSeconds === null ? t('myCalls.noValue') : formatDuration(today.averageHandleSeconds);
  return (
    <section className="my-calls__today" aria-label={t('myCalls.today')} data-testid="my-calls-today">
      <h3 className="my-calls__heading">{t('myCalls.today')}</h3>
      <ul className="my-calls__counts">
        <li data-testid="my-calls-handled" data-count={today.handled}>
          {t('myCalls.handled', { count: today.handled })}
        </li>
        <li data-testid="my-calls-missed" data-count={today.missed} className={today.missed > 0 ? 'my-calls__count--missed' : undefined}>
          {t('myCalls.missed', { count: today.missed })}
        </li>
        <li title={t('myCalls.averageHandleHint')} data-testid="my-calls-average">
          {t('myCalls.averageHandle', { duration: average })}
        </li>
        <li title={t('myCalls.wrapUpHint')} data-testid="my-calls-wrap-up">
          {t('myCalls.wrapUp', { duration: formatDuration(today.wrapUpSeconds) })}
        </li>
      </ul>
    </section>
  );
}
