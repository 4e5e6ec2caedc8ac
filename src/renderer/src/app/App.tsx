import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultSettings } from '@shared/domain/settings';
import { AudioRouteProvider } from '../features/audio/audio-route';
import { AutoAnswer } from '../features/audio/AutoAnswer';
import { AutoplayHint } from '../features/audio/AutoplayHint';
import { DeviceNotices } from '../features/audio/DeviceNotices';
import { Ringer } from '../features/audio/Ringer';
import { CallBar } from '../features/call-bar/CallBar';
import { InCallControls } from '../features/phone/InCallControls';
import { useAgent } from '../features/phone/phone-context';
import { IncomingCall } from '../features/phone/IncomingCall';
import { BackgroundCalls } from '../features/phone/BackgroundCalls';
import { PhoneNoticeView } from '../features/phone/PhoneNoticeView';
import { useIncomingCallNotification } from '../features/phone/use-incoming-call-notification';
import { ScriptPane } from '../features/script-pane/ScriptPane';
import { ShortcutHelp } from '../features/shortcuts/ShortcutHelp';
import { PromiseReminders } from '../features/promise-reminders/PromiseReminders';
import { useManualCustomerChoice } from '../features/screen-pop/use-customer-on-screen';
import { StoreRecoveryNotice } from '../features/store-recovery/StoreRecoveryNotice';
import { UpdateReadyNotice } from '../features/updates/UpdateReadyNotice';
import { usePageErrorsToLog } from '../features/support/use-page-errors-to-log';
import { WrapUpPane } from '../features/wrap-up/WrapUpPane';
import { ConnectionBanner } from './ConnectionBanner';
import { CustomerPane } from './CustomerPane';
import { ErrorNotice } from '../ui/ErrorNotice';
import { useReloadForNewSipServer } from './use-reload-for-new-sip-server';
import { useAppearance } from './use-appearance';
import { useSettings } from '../ui/use-settings';
import { useRoster } from '../ui/use-roster';
import { PublishingNotice } from '../features/agent-state/PublishingNotice';
import { deskViewId, WorkspaceNav } from './WorkspaceNav';
import { workspaceViews } from './workspace-views';

// Loaded when first opened: the first screen (search, card, phone) does not wait for them.
const SettingsDialog = lazy(() => import('../features/settings/SettingsDialog').then((module) => ({ default: module.SettingsDialog })));
const ScriptEditorDialog = lazy(() => import('../features/script-editor/ScriptEditorDialog').then((module) => ({ default: module.ScriptEditorDialog })));

/** The console: call bar on top; customer, script and notes side by side below. */
export function App() {
  const { t } = useTranslation();
  const settings = useSettings();
  useAppearance(settings.settings?.theme);
  const agent = useAgent();
  const wrapUpSeconds = settings.settings?.wrapUpSeconds;
  const notReadyForwardTo = settings.settings?.notReadyForwardTo;
  const requireDisposition = settings.settings?.requireDisposition ?? defaultSettings.requireDisposition;
  useEffect(() => {
    if (wrapUpSeconds !== undefined) agent.setWrapUpLimit(wrapUpSeconds);
    agent.setNotReadyForwarding(notReadyForwardTo || null);
    agent.setDispositionRequired(requireDisposition);
  }, [agent, wrapUpSeconds, notReadyForwardTo, requireDisposition]);
  const { manual: manualCustomer, open: openCustomerOnDesk } = useManualCustomerChoice();
  const roster = useRoster();
  const rosterNow = roster.status === 'ready' ? roster.value : null;
  const views = rosterNow === null ? [] : workspaceViews.filter((view) => view.shownTo(rosterNow));
  const [viewId, setViewId] = useState(deskViewId);
  const activeView = views.find((view) => view.id === viewId) ?? null;
  const openCustomer = (id: number) => {
    setViewId(deskViewId);
    openCustomerOnDesk(id);
  };
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [scriptEditorOpen, setScriptEditorOpen] = useState(false);
  const answerButton = useRef<HTMLButtonElement>(null);
  useIncomingCallNotification(answerButton);
  useReloadForNewSipServer();
  usePageErrorsToLog();

  return (
    <AudioRouteProvider settings={settings.settings}>
      <div className="console">
        <h1 className="visually-hidden">{t('app.title')}</h1>
        <CallBar onOpenSettings={() => setSettingsOpen(true)} onOpenCustomer={openCustomer} defaultCountry={settings.settings?.defaultCountry ?? defaultSettings.defaultCountry} />
        <WorkspaceNav views={views} current={activeView?.id ?? deskViewId} onSelect={setViewId} />
        <ConnectionBanner />
        <StoreRecoveryNotice />
        <UpdateReadyNotice />
        <DeviceNotices />
        <AutoplayHint />
        <IncomingCall answerButton={answerButton} />
        <BackgroundCalls />
        <PhoneNoticeView />
        <PublishingNotice inRoster={rosterNow?.me?.active === true} />
        <PromiseReminders onOpen={openCustomer} />
        <InCallControls dtmfMethod={settings.settings?.dtmfMethod ?? defaultSettings.dtmfMethod} />
        {settings.loadError && settings.loadError.code !== 'unavailable' && <ErrorNotice error={settings.loadError} />}
        {/* The desk stays mounted behind another view: a call's card, script and notes are where the agent left them. */}
        <main className="workspace" hidden={activeView !== null}>
          <CustomerPane manual={manualCustomer} onOpen={openCustomer} />
          <ScriptPane onEditScripts={() => setScriptEditorOpen(true)} />
          <WrapUpPane />
        </main>
        {activeView && rosterNow && (
          <main className="workspace-view" data-testid={`view-${activeView.id}`}>
            <Suspense fallback={null}>
              <activeView.View roster={rosterNow} onOpenCustomer={openCustomer} />
            </Suspense>
          </main>
        )}
        <Suspense fallback={null}>
          {settingsOpen && settings.settings && (
            <SettingsDialog settings={settings.settings} onSave={settings.save} onClose={() => setSettingsOpen(false)} />
          )}
          {scriptEditorOpen && <ScriptEditorDialog onClose={() => setScriptEditorOpen(false)} />}
        </Suspense>
        <ShortcutHelp />
        <Ringer />
        <AutoAnswer />
      </div>
    </AudioRouteProvider>
  );
}
