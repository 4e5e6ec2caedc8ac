import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AudioDeviceChoice } from '@shared/domain/settings';
import { choiceOf, choosableDevices, resolveDevice, type AudioDevice, type AudioDeviceKind } from '../../core/audio/device-choice';

interface DeviceSelectProps {
  label: string;
  kind: AudioDeviceKind;
  choice: AudioDeviceChoice;
  devices: readonly AudioDevice[];
  onChange(choice: AudioDeviceChoice): void;
  testId: string;
}

/** One device picker: the system default, the connected devices, and the remembered one even while it is unplugged. */
export function DeviceSelect({ label, kind, choice, devices, onChange, testId }: DeviceSelectProps) {
  const { t } = useTranslation();
  const available = choosableDevices(devices, kind);
  const resolved = resolveDevice(choice, kind, devices);
  const selected = resolved.status === 'chosen' ? resolved.deviceId : (choice?.id ?? '');
  const absent = choice && resolved.status !== 'chosen' && resolved.status !== 'default' ? choice : null;
  return (
    <NativeSelect
      label={label}
      value={selected}
      onChange={(event) => {
        const id = event.currentTarget.value;
        onChange(id === absent?.id ? absent : choiceOf(available.find((device) => device.deviceId === id)));
      }}
      data-testid={testId}
    >
      <option value="">{t('audio.systemDefault')}</option>
      {available.map((device, index) => (
        <option key={device.deviceId} value={device.deviceId}>
          {device.label || t('audio.deviceNumber', { number: index + 1 })}
        </option>
      ))}
      {absent && <option value={absent.id}>{t('audio.notConnected', { device: absent.label || t('audio.unnamedDevice') })}</option>}
    </NativeSelect>
  );
}
