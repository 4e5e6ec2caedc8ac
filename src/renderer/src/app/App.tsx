import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CallBar } from '../features/call-bar/CallBar';
import { CustomerCard } from '../features/customer-card/CustomerCard';
import { CustomerSearch } from '../features/customer-search/CustomerSearch';
import { NotesPane } from '../features/notes-pane/NotesPane';
import { ScriptPane } from '../features/script-pane/ScriptPane';
import { SettingsDialog } from '../features/settings/SettingsDialog';
import { ConnectionBanner } from './ConnectionBanner';
import { useSettings } from './use-settings';

/** The console: call bar on top; customer, script and notes side by side below. */
export function App() {
  const { t } = useTranslation();
  const settings = useSettings();
  const [customerId, setCustomerId] = useState<number | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);

  return (
    <div className="console">
      <CallBar onOpenSettings={() => setSettingsOpen(true)} />
      <ConnectionBanner />
      <main className="workspace">
        <section className="pane customer-pane" aria-label={t('customer.paneLabel')}>
          <CustomerSearch onOpen={setCustomerId} />
          {customerId !== null && <CustomerCard customerId={customerId} />}
        </section>
        <ScriptPane />
        <NotesPane />
      </main>
      {settingsOpen && settings.settings && (
        <SettingsDialog settings={settings.settings} onSave={settings.save} onClose={() => setSettingsOpen(false)} />
      )}
    </div>
  );
}
