import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBaresip, type BaresipPhone } from '../../stack/baresip';
import { startTelephonyStack, type SipUser, type TelephonyStack } from '../../stack/telephony-stack';

export const agent: SipUser = { username: 'agent-1001', password: 'agent-secret-1001' };
export const customerPhone: SipUser = { username: 'customer-2001', password: 'customer-secret-2001' };

export interface TelephonyWorld {
  stack: TelephonyStack;
  customer: BaresipPhone;
  stop(): Promise<void>;
}

/** Kamailio + rtpengine, and baresip as the customer's phone speaking a steady tone. */
export async function startTelephonyWorld(): Promise<TelephonyWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-telephony-'));
  const tone = join(dir, 'customer-voice.wav');
  execFileSync('sox', ['-n', '-r', '8000', '-c', '1', '-b', '16', tone, 'synth', '60', 'sine', '440', 'vol', '0.5']);
  const stack = await startTelephonyStack(join(dir, 'stack'), [agent, customerPhone]);
  const customer = await startBaresip(join(dir, 'customer'), stack, customerPhone, tone);
  return {
    stack,
    customer,
    stop: async () => {
      await customer.stop();
      await stack.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
