import { useTranslation } from 'react-i18next';
import { meterValue } from '../../core/audio/signal-level';

/** The microphone level as a bar, and as a meter a screen reader can query. */
export function LevelMeter({ level, testId }: { level: number; testId: string }) {
  const { t } = useTranslation();
  const value = meterValue(level);
  return (
    <div
      className="level-meter"
      role="meter"
      aria-label={t('audio.meterLabel')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={t('audio.meterValue', { value })}
      data-testid={testId}
    >
      <div className="level-meter__bar" style={{ width: `${value}%` }} />
    </div>
  );
}
