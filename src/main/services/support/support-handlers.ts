import type { Handlers } from '@shared/contract/dispatcher';
import type { Store } from '../../store/connection';
import type { AppLogger } from '../logging/app-logger';
import type { SipTrace } from '../logging/sip-trace';
import type { FuseReport } from './bundle-inputs';
import type { PolicyProvider } from './policy-for-bundle';
import { writeSupportBundle } from './write-support-bundle';

export interface SupportContext {
  store: Store;
  dataDir: string;
  shell: 'electron' | 'web';
  version: string;
  logger: AppLogger;
  sipTrace: SipTrace;
  policy: PolicyProvider;
  fuses: () => Promise<FuseReport>;
}

export function supportHandlers(context: SupportContext): Pick<Handlers, 'support.export-bundle'> {
  return {
    'support.export-bundle': async ({ readiness }) => {
      context.sipTrace.flush();
      const result = await writeSupportBundle(context.dataDir, {
        store: context.store,
        shell: context.shell,
        appVersion: context.version,
        logsDir: context.logger.logsDir,
        sipTrace: () => context.sipTrace.entries(),
        policy: context.policy,
        fuses: context.fuses,
        readiness,
      });
      context.logger.info(`Support bundle written: ${result.path} (${result.bytes} bytes)`);
      return result;
    },
  };
}
