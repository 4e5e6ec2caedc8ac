import { crmConnectionProblem } from '@shared/contract/crm-connection-problem';
import { fail } from '@shared/contract/error';
import { settingTarget } from '@shared/policy/policy-target';
import type { Handlers } from '@shared/contract/dispatcher';
import { isDemoDatabase } from '../store/demo-marker';
import { countCustomers } from '../store/queries/customers';
import { heldOutboxEntries } from '../store/queries/outbox';
import { myCalls } from './calls/my-calls';
import { linkCallToCustomer, recordCall, startCall } from './calls/record-call';
import { createCustomer } from './customers/create-customer';
import { getCustomerProfile } from './customers/profile';
import { searchCustomers } from './customers/search';
import { getCustomerTimeline } from './customers/timeline';
import { callAgentName, getPhoneAccount, phonePasswordSecret, readPhoneAccount, savePhoneAccount } from './phone/phone-account-store';
import { getRoster } from './roster/roster';
import { boardHandlers } from './board/board-handlers';
import { reviewHandlers } from './review/review-handlers';
import { trendHandlers } from './trends/trend-handlers';
import { exportTables } from './export/table-export';
import { exportScript, importScript } from './scripts/import-script';
import { getScriptRun, saveScriptRun } from './scripts/script-runs';
import { latestScripts } from './scripts/script-store';
import { lockedFieldChange } from './policy/locked-field-change';
import { lockedChange, readSettings, updateSettings } from './settings/settings-store';
import { wrapUpHandlers } from './wrap-up/wrap-up-handlers';
import { getCrmConnection, saveCrmConnection } from './sync/crm-connection-store';
import { discardHeldEntry, retryHeldEntry } from './sync/held-entries';
import type { ServiceContext } from './service-context';
import { logHandlers } from './logging/log-handlers';
import { supportHandlers } from './support/support-handlers';
import { supervisionHandlers } from './supervision/supervision-handlers';
import { updateHandlers } from './updates/update-handlers';

/** The one set of handlers both shells bind to the contract. */
export function createHandlers(context: ServiceContext): Handlers {
  const { store } = context;
  return {
    'app.info': () => ({
      version: context.version,
      shell: context.shell,
      customerCount: countCustomers(store),
      demoData: isDemoDatabase(store),
      storeRecovery: context.storeRecovery.current(),
    }),
    'app.store-recovery.dismiss': () => {
      context.storeRecovery.dismiss();
      return {};
    },
    'app.bring-to-front': () => {
      context.bringToFront();
      return {};
    },
    'settings.get': () => readSettings(store, context.policy.current()),
    'settings.update': (patch) => {
      const policy = context.policy.current();
      const locked = lockedChange(store, patch, policy);
      if (locked) return fail({ code: 'setting_locked', setting: settingTarget(locked.setting), policyKey: locked.policyKey });
      const settings = updateSettings(store, patch, policy);
      context.emit('settings.changed', settings);
      return settings;
    },
    'policy.get': () => context.policy.current(),
    'customers.search': ({ query, limit }) => ({
      hits: searchCustomers(store, query, { limit, defaultCountry: readSettings(store).defaultCountry }),
    }),
    'customers.get': ({ customerId }) =>
      getCustomerProfile(store, customerId) ?? fail({ code: 'customer_not_found', customerId }),
    'customers.timeline': ({ customerId, before, limit }) => getCustomerTimeline(store, customerId, before, limit),
    'phone.account.get': () => ({ account: getPhoneAccount(store, context.secrets) }),
    'phone.account.save': (save) => {
      const locked = lockedFieldChange(context.policy.current(), [
        ['phone.server', save.server],
        ['phone.domain', save.domain],
      ]);
      if (locked) return fail(locked);
      const account = savePhoneAccount(store, context.secrets, save);
      context.emit('phone.account.changed', account);
      return account;
    },
    'phone.credentials': () => {
      const password = context.secrets.get(phonePasswordSecret);
      return password === null ? fail({ code: 'no_sip_password' }) : { password };
    },
    'phone.dial-links.take': () => ({ request: context.dialLinks.take() }),
    'calls.start': (call) => startCall(store, call, readSettings(store).defaultCountry, callAgentName(store, call.local)),
    'calls.record': (record) => {
      const recorded = recordCall(store, record, readSettings(store).defaultCountry, callAgentName(store, record.local));
      context.emit('calls.recorded', { interactionId: recorded.interactionId });
      return recorded;
    },
    'calls.link-customer': ({ interactionId, customerId }) => {
      const result = linkCallToCustomer(store, interactionId, customerId);
      if (result === 'no-customer') return fail({ code: 'customer_not_found', customerId });
      if (result === 'no-call') return fail({ code: 'call_not_found', interactionId });
      context.emit('customers.changed', { customerId });
      return {};
    },
    'calls.recent': (query) => myCalls(store, query),
    'roster.get': () => getRoster(store, context.rosterFile.report()),
    ...supervisionHandlers(store, context.secrets),
    ...reviewHandlers(store, context.emit, () => context.policy.current()),

    // Call scripts
    'scripts.list': () => ({ scripts: latestScripts(store), folderIssues: context.scriptFolderIssues }),
    'scripts.save': ({ file, text }) => {
      const saved = importScript(store, file, text, readPhoneAccount(store)?.displayName || null);
      if (saved.script) context.emit('scripts.changed', { slug: saved.script.slug });
      return saved;
    },
    'scripts.export': ({ slug }) => exportScript(store, slug) ?? fail({ code: 'script_not_found', slug }),
    'scripts.run.save': (save) => {
      const run = saveScriptRun(store, save);
      if (run === 'no-script') return fail({ code: 'script_version_not_found', scriptId: save.scriptId });
      if (run === 'no-call') return fail({ code: 'call_not_found', interactionId: save.interactionId });
      if (run === 'unfinished') return fail({ code: 'script_unfinished' });
      context.emit('scripts.run.changed', { interactionId: save.interactionId });
      return run;
    },
    'scripts.run.get': ({ interactionId }) => ({ run: getScriptRun(store, interactionId) }),

    // Screen pop and wrap-up
    'customers.create': (customer) => {
      const created = createCustomer(store, customer, readSettings(store).defaultCountry);
      return created === 'bad-number' ? fail({ code: 'not_a_phone_number', phone: customer.phone }) : created;
    },
    ...wrapUpHandlers(store, context.emit),
    ...boardHandlers(store),
    ...trendHandlers(store),
    'export.tables': (request) => exportTables(request),

    // CRM sync
    'sync.status': () => context.sync.status(),
    'sync.now': () => context.sync.syncNow(),
    'sync.connection.get': () => getCrmConnection(store, context.secrets),
    'sync.connection.save': async (save) => {
      const problem = crmConnectionProblem(save) ?? lockedFieldChange(context.policy.current(), [['crm.url', save.url]]);
      if (problem) return fail(problem);
      const connection = saveCrmConnection(store, context.secrets, save);
      await context.sync.reconnect();
      return connection;
    },
    'sync.held.list': () => ({ entries: heldOutboxEntries(store) }),
    'sync.held.retry': ({ key }) =>
      retryHeldEntry(store, key) === 'queued' ? context.sync.syncNow() : fail({ code: 'held_change_not_found', key }),
    'sync.held.discard': ({ key, by }) =>
      // A round after it, so that every console view hears the new pending count through `sync.status-changed`.
      discardHeldEntry(store, key, by) === 'discarded' ? context.sync.syncNow() : fail({ code: 'held_change_not_found', key }),

    // Logs, support bundle, updates
    ...logHandlers(context.logger, context.sipTrace),
    ...supportHandlers({ ...context, policy: context.policyForBundle }),
    ...updateHandlers(context.updates),
  };
}
