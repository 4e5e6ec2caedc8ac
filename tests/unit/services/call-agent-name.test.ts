import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../src/main/app-core';
import { useAppCore } from '../support/app-core';
import { addCustomer } from '../support/customers';

const account = { server: 'wss://pbx.example.com/ws', username: 'agent-1001', domain: 'pbx.example.com', displayName: 'Anna Kovalenko' };
const call = { direction: 'inbound' as const, remote: '+79161234567', local: 'agent-1001', sipCallId: 'named-call', startedAt: 10_000 };

describe('who took a call', () => {
  const start = useAppCore();

  async function answeredCall({ dispatch, store }: AppCore): Promise<number> {
    const customerId = addCustomer(store.sqlite, { firstName: 'Olena', lastName: 'Petrenko', phones: ['+79161234567'] });
    await dispatch('calls.start', call);
    await dispatch('calls.record', { ...call, answeredAt: 11_000, endedAt: 70_000, outcome: 'answered', endReason: 'remote-hangup', sipCode: null, longestNoAudioSeconds: null });
    return customerId;
  }

  it("is named in the customer's history by the agent's display name, not the SIP user", async () => {
    const core = start();
    const { dispatch } = core;
    await dispatch('phone.account.save', account);
    const customerId = await answeredCall(core);
    const timeline = await dispatch('customers.timeline', { customerId, before: null, limit: 10 });
    expect(timeline).toMatchObject({ ok: true, value: { entries: [{ kind: 'call', agent: 'Anna Kovalenko', durationSec: 59 }] } });
  });

  it('is the SIP user when the account has no display name', async () => {
    const core = start();
    const { dispatch } = core;
    await dispatch('phone.account.save', { ...account, displayName: '' });
    const customerId = await answeredCall(core);
    const timeline = await dispatch('customers.timeline', { customerId, before: null, limit: 10 });
    expect(timeline).toMatchObject({ ok: true, value: { entries: [{ kind: 'call', agent: 'agent-1001' }] } });
  });
});
