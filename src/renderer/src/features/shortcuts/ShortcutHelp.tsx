import { useEffect, useRef, useState } from 'react';
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
  const dialog = useRef<HTMLDialogElement>(null);
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

  useEffect(() => {
    if (open) dialog.current?.showModal();
  }, [open]);

  if (!open) return null;
  const row = (id: string, label: string, keys: string) => (
    <tr key={id}>
      <td>{label}</td>
      <td>
        <kbd>{keys}</kbd>
      </td>
    </tr>
  );
  return (
    <dialog ref={dialog} className="shortcut-help" aria-labelledby="shortcut-help-title" onClose={() => setOpen(false)} data-testid="shortcut-help">
      <h2 id="shortcut-help-title">{t('shortcuts.title')}</h2>
      <table>
        <tbody>
          {phoneKeys.map((name) => row(name, t(`shortcuts.phone.${name}`), shortcutLabel(name)))}
          {scriptKeys.map((name) => row(name, t(`shortcuts.script.${name}`), scriptShortcutLabel(name)))}
          {otherKeys.map(({ id, keys }) => row(id, t(`shortcuts.other.${id}`), keys))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="button button--primary" onClick={() => dialog.current?.close()} autoFocus>
          {t('common.close')}
        </button>
      </div>
    </dialog>
  );
}
