import { Alert, Checkbox, Fieldset, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@shared/domain/settings';
import { microphoneConstraints } from '../../core/audio/microphone-constraints';
import { resolveDevice } from '../../core/audio/device-choice';
import { useAudioRoute } from './audio-route';
import { DeviceSelect } from './DeviceSelect';
import { LevelMeter } from './LevelMeter';
import { useMicrophoneLevel } from './use-microphone-level';
import { useMicrophoneStream } from './use-microphone-stream';

export type AudioSettingsValue = Pick<
  Settings,
  'microphone' | 'speaker' | 'ringDevice' | 'echoCancellation' | 'noiseSuppression' | 'autoGainControl' | 'autoAnswer' | 'autoAnswerDelaySeconds'
>;

export function audioSettingsOf(settings: Settings): AudioSettingsValue {
  const { microphone, speaker, ringDevice, echoCancellation, noiseSuppression, autoGainControl, autoAnswer, autoAnswerDelaySeconds } = settings;
  return { microphone, speaker, ringDevice, echoCancellation, noiseSuppression, autoGainControl, autoAnswer, autoAnswerDelaySeconds };
}

const processingKeys = ['echoCancellation', 'noiseSuppression', 'autoGainControl'] as const;

interface AudioSettingsProps {
  value: AudioSettingsValue;
  onChange(patch: Partial<AudioSettingsValue>): void;
}

/** The audio part of Settings; the meter listens to the microphone as chosen in the form, before it is saved. */
export function AudioSettings({ value, onChange }: AudioSettingsProps) {
  const { t } = useTranslation();
  const { devices } = useAudioRoute();
  const microphone = useMicrophoneStream(microphoneConstraints(resolveDevice(value.microphone, 'audioinput', devices), value));
  const level = useMicrophoneLevel(microphone.stream);

  return (
    <Fieldset legend={t('audio.title')} className="audio-settings">
      <Stack gap="sm">
        <DeviceSelect label={t('audio.microphone')} kind="audioinput" choice={value.microphone} devices={devices} onChange={(choice) => onChange({ microphone: choice })} testId="settings-microphone" />
        <LevelMeter level={level} testId="settings-microphone-level" />
        {microphone.problem && (
          <Alert color="red" variant="light" p="xs">
            {t(`audio.microphoneProblem.${microphone.problem}`)}
          </Alert>
        )}
        <DeviceSelect label={t('audio.speaker')} kind="audiooutput" choice={value.speaker} devices={devices} onChange={(choice) => onChange({ speaker: choice })} testId="settings-speaker" />
        <DeviceSelect label={t('audio.ringDevice')} kind="audiooutput" choice={value.ringDevice} devices={devices} onChange={(choice) => onChange({ ringDevice: choice })} testId="settings-ring-device" />
        {processingKeys.map((key) => (
          <Checkbox key={key} label={t(`audio.processing.${key}`)} checked={value[key]} onChange={(event) => onChange({ [key]: event.currentTarget.checked })} data-testid={`settings-${key}`} />
        ))}
        <Checkbox label={t('audio.autoAnswer')} checked={value.autoAnswer} onChange={(event) => onChange({ autoAnswer: event.currentTarget.checked })} data-testid="settings-auto-answer" />
        <TextInput
          type="number"
          label={t('audio.autoAnswerDelay')}
          min={0}
          max={30}
          w="12em"
          value={value.autoAnswerDelaySeconds}
          disabled={!value.autoAnswer}
          onChange={(event) => onChange({ autoAnswerDelaySeconds: Math.round(Number(event.currentTarget.value)) })}
          data-testid="settings-auto-answer-delay"
        />
      </Stack>
    </Fieldset>
  );
}
