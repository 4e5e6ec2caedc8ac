import type { Handlers } from '@shared/contract/dispatcher';
import type { AppLogger } from './app-logger';
import { writeRendererLog } from './renderer-log';
import type { SipTrace } from './sip-trace';

export function logHandlers(logger: AppLogger, sipTrace: SipTrace): Pick<Handlers, 'log.write' | 'log.sip'> {
  return {
    'log.write': (entry) => {
      writeRendererLog(logger, entry);
      return {};
    },
    'log.sip': ({ entries }) => {
      entries.forEach((entry) => sipTrace.record(entry));
      return {};
    },
  };
}
