import { useEffect, useState } from 'react';
import { Button, Group, Kbd, Modal, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isTypingInField } from '../../ui/typing-target';
import { shortcutLabel, type PhoneShortcut } from '../phone/phone-shortcuts';
import { scriptShortcutLabel, type ScriptShortcut } from '../script-pane/script-shortcuts';

const phoneKeys: readonly PhoneShortcut[] = ['answer', 'hangUp', 'hold', 'mute', 'dial', 'transfer'];
const scriptKeys: readonly ScriptShortcut[] = ['complaint', 'deEscalation', 'back', 'next'];
/** Keys that are not Alt+letter: the search box, saving a wrap-up, this list. */
const otherKeys = [
  { id: 'search', keys: '/ · Ctrl+K' },
  { id: 'saveWrapUp', keys: 'Ctrl+Enter' },
  { id: 'help', keys: '?' },
] as const;

/**
 * Every keyboard shortcut of the console on one sheet, opened with `?`
 * (outside a text field) and closed with Escape. The keys come from the same
 * tables the handlers use, so the sheet cannot drift from what the keys do.
 */
export function ShortcutHelp() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || isTypingInField(event.target)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const row = (id: string, label: string, keys: string) => (
    <Table.Tr key={id}>
      <Table.Td>{label}</Table.Td>
      <Table.Td>
        <Kbd className="shortcut-help__keys">{keys}</Kbd>
      </Table.Td>
    </Table.Tr>
  );
  return (
    <Modal opened={open} onClose={() => setOpen(false)} title={t('shortcuts.title')} closeButtonProps={{ 'aria-label': t('common.close') }} attributes={{ content: { 'data-testid': 'shortcut-help' } }}>
      <Table>
        <Table.Tbody>
          {phoneKeys.map((name) => row(name, t(`shortcuts.phone.${name}`), shortcutLabel(name)))}
          {scriptKeys.map((name) => row(name, t(`shortcuts.script.${name}`), scriptShortcutLabel(name)))}
          {otherKeys.map(({ id, keys }) => row(id, t(`shortcuts.other.${id}`), keys))}
        </Table.Tbody>
      </Table>
      <Group justify="flex-end" mt="md">
        <Button onClick={() => setOpen(false)} data-autofocus>
          {t('common.close')}
        </Button>
      </Group>
    </Modal>
  );
}
