import { describe, expect, it } from 'vitest';
import { startCall } from '../../../src/main/services/calls/record-call';
import { getCustomerTimeline } from '../../../src/main/services/customers/timeline';
import { defaultScripts, installDefaultScripts } from '../../../src/main/services/scripts/default-scripts';
import { exportScript, importScript } from '../../../src/main/services/scripts/import-script';
import { getScriptRun, saveScriptRun } from '../../../src/main/services/scripts/script-runs';
import { latestScript, latestScripts } from '../../../src/main/services/scripts/script-store';
import type { Store } from '../../../src/main/store/connection';
import { addCustomer } from '../support/customers';
import { useTempStore } from '../support/temp-store';

function inboundSupport(store: Store) {
  installDefaultScripts(store);
  const script = latestScript(store, 'inbound-support');
  if (!script) throw new Error('inbound-support is not installed');
  return script;
}

function callFrom(store: Store, phone: string) {
  return startCall(store, { direction: 'inbound', remote: phone, local: 'anna', sipCallId: `call-${phone}`, startedAt: 5_000 }, 'RU').interactionId;
}

describe('call scripts in the store', () => {
  const tempStore = useTempStore();

  it('ships inbound support, complaint handling and a promise callback in en, ru and uk, all valid', () => {
    expect(defaultScripts().map((body) => [body.slug, body.languages])).toEqual(
      expect.arrayContaining([
        ['inbound-support', ['en', 'ru', 'uk']],
        ['complaint-handling', ['en', 'ru', 'uk']],
        ['promise-callback', ['en', 'ru', 'uk']],
      ]),
    );
  });

  it('keeps every version: a saved edit is the next version, and the export reads back the same', () => {
    const store = tempStore();
    const v1 = inboundSupport(store);
    const { file, text } = exportScript(store, 'inbound-support') ?? { file: '', text: '' };
    expect(file).toBe('inbound-support.yaml');
    const saved = importScript(store, file, text.replace('How can I help today?', 'What can I do for you?'), 'Supervisor');
    expect(saved.issues).toEqual([]);
    expect(saved.script?.version).toBe(v1.version + 1);
    expect(latestScripts(store).find((script) => script.slug === 'inbound-support')?.id).toBe(saved.script?.id);
    // Installing the defaults again leaves the supervisor's version in place.
    installDefaultScripts(store);
    expect(latestScript(store, 'inbound-support')?.version).toBe(2);
  });

  it('refuses a broken file, storing nothing', () => {
    const store = tempStore();
    inboundSupport(store);
    const before = latestScripts(store).length;
    const text = exportScript(store, 'inbound-support')?.text.replace('next: billing-help', 'next: billing-hlep') ?? '';
    const saved = importScript(store, 'inbound-support.yaml', text, null);
    expect(saved.script).toBeNull();
    expect(saved.issues).toContainEqual(expect.objectContaining({ file: 'inbound-support.yaml', step: 'invoice-number', reason: 'unknown-target' }));
    expect(latestScripts(store)).toHaveLength(before);
  });

  it('saves the run with the call: path, answers and missed checkpoints, shown in the customer timeline', () => {
    const store = tempStore();
    const script = inboundSupport(store);
    const olena = addCustomer(store.sqlite, { firstName: 'Olena', lastName: 'Petrenko', phones: ['+79161234567'] });
    const interactionId = callFrom(store, '+79161234567');
    const walk = { path: ['hello', 'verify-identity', 'identity-verified', 'reason', 'invoice-number'], values: { reason: 'billing' }, ticked: ['identity-verified'] };
    const save = { interactionId, scriptId: script.id, language: 'en' as const, tone: 'friendly' as const, walk, finished: true };
    expect(saveScriptRun(store, save)).toBe('unfinished');

    const run = saveScriptRun(store, { ...save, walk: { ...walk, values: { ...walk.values, 'invoice-number': 'INV-42' } } });
    expect(run).toMatchObject({
      finishedAt: expect.any(Number),
      answers: [
        { stepId: 'identity-verified', kind: 'checkpoint', shown: 'Caller identified by order or phone number' },
        { stepId: 'reason', kind: 'question', shown: 'A bill or a payment' },
        { stepId: 'invoice-number', kind: 'field', label: 'Invoice number', shown: 'INV-42' },
      ],
      missedCheckpoints: [{ stepId: 'summarized', label: 'Named what will be done, who does it and by when' }],
    });
    expect(getScriptRun(store, interactionId)?.walk.values).toEqual({ reason: 'billing', 'invoice-number': 'INV-42' });

    const entry = getCustomerTimeline(store, olena, null, 10).entries.find((candidate) => candidate.kind === 'script');
    expect(entry).toMatchObject({ kind: 'script', interactionId, title: 'Inbound support', finished: true, answers: expect.arrayContaining([expect.objectContaining({ shown: 'INV-42' })]) });
  });

  it('says which does not exist: the script or the call', () => {
    const store = tempStore();
    const script = inboundSupport(store);
    const save = { interactionId: 99, scriptId: script.id, language: 'en' as const, tone: 'formal' as const, walk: { path: ['hello'], values: {}, ticked: [] }, finished: false };
    expect(saveScriptRun(store, save)).toBe('no-call');
    expect(saveScriptRun(store, { ...save, interactionId: callFrom(store, '+79160000000'), scriptId: 999 })).toBe('no-script');
  });
});
