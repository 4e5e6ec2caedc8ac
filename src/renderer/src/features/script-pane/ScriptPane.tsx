import { useTranslation } from 'react-i18next';

export function ScriptPane() {
  const { t } = useTranslation();
  return (
    <section className="pane" aria-labelledby="script-pane-title" data-testid="script-pane">
      <h2 id="script-pane-title" className="pane__title">{t('script.title')}</h2>
      <p className="empty-state">{t('script.empty')}</p>
    </section>
  );
}
