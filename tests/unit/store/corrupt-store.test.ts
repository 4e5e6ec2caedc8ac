import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { stringify } from 'yaml';
import { emptyWrapUpDraft } from '@shared/domain/wrap-up';
import { startCall } from '../../../src/main/services/calls/record-call';
import { serviceStandardScorecard } from '@shared/scorecards/service-standard-scorecard';
import { findScorecardForm, installDefaultScorecardForm, storeScorecardFormVersion } from '../../../src/main/services/review/scorecard-form-store';
import { importScript } from '../../../src/main/services/scripts/import-script';
import { enqueue } from '../../../src/main/services/sync/outbox';
import { latestScript } from '../../../src/main/services/scripts/script-store';
import { listPendingWrapUps, saveWrapUpDraft } from '../../../src/main/services/wrap-up/wrap-up-drafts';
import { pendingOutboxCount as pendingCount } from '../../../src/main/store/queries/outbox';
import { openAppStore } from '../../../src/main/store/open-app-store';
import { damageCustomerPages, damagePage } from '../../sync/damage-database';
import { insertCustomer, writeNote } from '../../sync/local-writes';
import { validScript } from '../shared/scripts/fixture-script';
import { useTempDir } from '../support/temp-store';

const tempDir = useTempDir();

it('a damaged database is set aside, not deleted; unsent notes and the CRM settings are recovered, and the cache starts empty for the CRM to refill', () => {
  const dir = tempDir();
  const { store } = openAppStore(dir, { demoData: false });
  const customerId = insertCustomer(store.sqlite, 'crm-c1');
  for (let n = 0; n < 3; n += 1) writeNote(store, customerId, `unsent ${n}`);
  store.sqlite.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('sync.crm', '{"url":"https://crm.example.com"}', 0)`).run();
  store.close();
  // The customers table and its indexes: the pages a failing disk happened to hit.
  damageCustomerPages(join(dir, 'parley.sqlite'));

  const reopened = openAppStore(dir, { demoData: true });

  expect(reopened.recovery).toMatchObject({ reason: expect.stringMatching(/malformed/), outboxRecovered: 3, settingsRecovered: 1 });
  expect(existsSync(reopened.recovery?.keptAt ?? '')).toBe(true);
  expect(readdirSync(dir).filter((name) => name.includes('.damaged-'))).not.toHaveLength(0);
  expect(pendingCount(reopened.store)).toBe(3);
  // No demo customers in a real site's recovered cache: the sync cursor is empty, the next sync refills it from the CRM.
  expect(reopened.store.sqlite.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(0);
  expect(reopened.store.sqlite.prepare('SELECT count(*) FROM sync_cursors').pluck().get()).toBe(0);
  reopened.store.close();
});

it('a file that is not a database at all is set aside too, and a fresh one started', () => {
  const dir = tempDir();
  openAppStore(dir, { demoData: false }).store.close();
  damagePage(join(dir, 'parley.sqlite'), 1, 100);
  const reopened = openAppStore(dir, { demoData: false });
  expect(reopened.recovery).toMatchObject({ outboxRecovered: 0, settingsRecovered: 0, draftsRecovered: 0, scriptsRecovered: 0, scorecardFormsRecovered: 0 });
  reopened.store.close();
});

it('a damaged database gives back the wrap-up being typed, under the same call id, and the script and form versions a supervisor saved that the CRM has not acknowledged', () => {
  const dir = tempDir();
  const { store } = openAppStore(dir, { demoData: false });
  insertCustomer(store.sqlite, 'crm-c1');
  const call = startCall(store, { direction: 'inbound', remote: '+79161234567', local: 'anna', sipCallId: 'call-1', startedAt: 1_000 }, 'RU').interactionId;
  const typed = { ...emptyWrapUpDraft, note: 'Courier lost the parcel', dispositionCode: 'callback-scheduled', customerWanted: 'The parcel today' };
  saveWrapUpDraft(store, call, typed, 2_000);
  const script = importScript(store, 'small.yaml', stringify(validScript()), 'Supervisor').script;
  installDefaultScorecardForm(store);
  const form = { ...serviceStandardScorecard, questions: serviceStandardScorecard.questions.slice(0, 3) };
  const savedForm = storeScorecardFormVersion(store, { slug: form.slug, title: form.title, questions: form.questions }, 'Supervisor', 3_000);
  enqueue(store, { kind: 'scorecard_form', localId: savedForm.id }, 3_000);
  store.close();
  damageCustomerPages(join(dir, 'parley.sqlite'));

  const reopened = openAppStore(dir, { demoData: false });

  expect(reopened.recovery).toMatchObject({ draftsRecovered: 1, scriptsRecovered: 1, scorecardFormsRecovered: 1, outboxRecovered: 2 });
  expect(listPendingWrapUps(reopened.store)).toEqual([
    { interactionId: call, customerId: null, direction: 'inbound', remote: '+79161234567', startedAt: 1_000, draft: typed, draftSavedAt: 2_000 },
  ]);
  expect(latestScript(reopened.store, 'small')).toMatchObject({ version: 1, body: script?.body });
  expect(savedForm.form.version).toBe(2);
  expect(findScorecardForm(reopened.store, 'service-standard', 2)).toEqual(savedForm.form);
  reopened.store.close();
});
