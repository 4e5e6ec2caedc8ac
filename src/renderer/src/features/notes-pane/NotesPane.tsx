import { useTranslation } from 'react-i18next';

export function NotesPane() {
  const { t } = useTranslation();
  return (
    <section className="pane" aria-labelledby="notes-pane-title" data-testid="notes-pane">
      <h2 id="notes-pane-title" className="pane__title">{t('notes.title')}</h2>
      <p className="empty-state">{t('notes.empty')}</p>
    </section>
  );
}
