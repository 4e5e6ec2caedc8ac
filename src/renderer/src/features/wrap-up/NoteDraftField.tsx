import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WrapUpDraftState } from './use-wrap-up-draft';

/** The call's note, with an honest word on whether what is typed (here and in the rest of the wrap-up) is already safe. */
export function NoteDraftField({ draft }: { draft: WrapUpDraftState }) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t('wrapUp.note')}
      rows={5}
      value={draft.value.note}
      onChange={(event) => draft.change({ note: event.currentTarget.value })}
      description={
        <span aria-live="polite" data-testid="note-draft-state" data-state={draft.saveState}>
          {draft.saveState !== 'unchanged' && t(`wrapUp.draft.${draft.saveState}`)}
        </span>
      }
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      data-testid="note-draft"
    />
  );
}
