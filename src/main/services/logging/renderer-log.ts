import type { LogWrite } from '@shared/logging/log-entry';
import type { AppLogger } from './app-logger';

/** A line the page sent through `log.write`, into main's files (redacted there like any other line). */
export function writeRendererLog(logger: AppLogger, entry: Required<Pick<LogWrite, 'level' | 'scope' | 'message'>> & Pick<LogWrite, 'context'>): void {
  const line = `[renderer:${entry.scope}] ${entry.message}`;
  if (entry.context === undefined) logger[entry.level](line);
  else logger[entry.level](line, entry.context);
}
