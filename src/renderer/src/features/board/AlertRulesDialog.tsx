import { useState } from 'react';
import { Button, Checkbox, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '@shared/contract/error';
import type { BoardAlertRules } from '@shared/domain/board-alerts';
import { ErrorNotice } from '../../ui/ErrorNotice';

interface AlertRulesDialogProps {
  rules: BoardAlertRules;
  onSave(rules: BoardAlertRules): Promise<ContractError | null>;
  onClose(): void;
}

const defaultShift = { from: '09:00', to: '18:00' };

function minutesOrNull(value: string | number): number | null {
  const minutes = typeof value === 'number' ? value : Number.parseInt(value, 10);
  return Number.isInteger(minutes) && minutes >= 1 ? minutes : null;
}

/** The supervisor's alerts: each limit empty to turn it off; the shift for "offline during the shift"; OS notifications or not. */
export function AlertRulesDialog({ rules, onSave, onClose }: AlertRulesDialogProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(rules);
  const [error, setError] = useState<ContractError | null>(null);
  const [saving, setSaving] = useState(false);
  const shift = draft.offlineDuringShift;
  const limit = (key: 'callLongerThanMinutes' | 'wrapUpLongerThanMinutes' | 'notReadyLongerThanMinutes', label: string) => (
    <NumberInput
      label={label}
      description={t('board.rules.emptyTurnsOff')}
      min={1}
      max={1440}
      allowDecimal={false}
      value={draft[key] ?? ''}
      onChange={(value) => setDraft({ ...draft, [key]: minutesOrNull(value) })}
      data-testid={`board-rule-${key}`}
    />
  );
  const save = async () => {
    setSaving(true);
    const failed = await onSave(draft);
    setSaving(false);
    if (failed) setError(failed);
    else onClose();
  };
  return (
    <Modal opened onClose={onClose} title={t('board.rules.title')} size="md">
      <Stack gap="sm">
        {limit('callLongerThanMinutes', t('board.rules.callLonger'))}
        {limit('wrapUpLongerThanMinutes', t('board.rules.wrapUpLonger'))}
        {limit('notReadyLongerThanMinutes', t('board.rules.notReadyLonger'))}
        <Checkbox
          label={t('board.rules.offlineInShift')}
          checked={shift !== null}
          onChange={(event) => setDraft({ ...draft, offlineDuringShift: event.currentTarget.checked ? defaultShift : null })}
        />
        {shift && (
          <Group grow>
            <TextInput type="time" label={t('board.rules.shiftFrom')} value={shift.from} onChange={(event) => setDraft({ ...draft, offlineDuringShift: { ...shift, from: event.currentTarget.value } })} />
            <TextInput type="time" label={t('board.rules.shiftTo')} value={shift.to} onChange={(event) => setDraft({ ...draft, offlineDuringShift: { ...shift, to: event.currentTarget.value } })} />
          </Group>
        )}
        <Checkbox label={t('board.rules.notify')} checked={draft.notify} onChange={(event) => setDraft({ ...draft, notify: event.currentTarget.checked })} />
        {error && <ErrorNotice error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('board.rules.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={saving} data-testid="board-rules-save">
            {t('board.rules.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
