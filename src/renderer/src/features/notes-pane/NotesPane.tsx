import { useTranslation } from 'react-i18next';
import { EmptyPane } from '../../app/EmptyPane';

/** Notes belong to a call: the pane opens with one. */
export function NotesPane() {
  const { t } = useTranslation();
  return <EmptyPane title={t('notes.title')} emptyText={t('notes.empty')} testId="notes-pane" />;
}
