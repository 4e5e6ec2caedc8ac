import { useTranslation } from 'react-i18next';
import type { NoteDraft } from './use-note-draft';

/** The call's note, with an honest word on whether what is typed is already safe. */
export function NoteDraftField({ draft }: { draft: NoteDraft }) {
  const { t } = useTranslation();
  return (
    <label className="field">
      {t('wrapUp.note')}
      <textarea rows={5} value={draft.body} onChange={(event) => draft.change(event.target.value)} data-testid="note-draft" />
      <span className="muted" aria-live="polite" data-testid="note-draft-state" data-state={draft.saveState}>
        {draft.saveState !== 'unchanged' && t(`wrapUp.draft.${draft.saveState}`)}
      </span>
    </label>
  );
}
