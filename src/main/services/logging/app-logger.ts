import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import type { LogLevel } from '@shared/logging/log-entry';
import { redactLogText } from '@shared/logging/redact-log-text';
import { redactValue } from '@shared/logging/redact-value';
import { rotateLogFiles } from './rotate-log-files';

export interface AppLogger {
  error(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  debug(message: string, ...details: unknown[]): void;
  /** Where the files are (the support bundle collects them). */
  readonly logsDir: string | null;
}

export interface AppLoggerOptions {
  /** Electron: app.getPath('logs'); the browser shell: <data folder>/logs. */
  logsDir: string;
  /** `main.log` for the console's own lines, the renderer's included. */
  fileName?: string;
  level?: LogLevel;
  /** Echo warnings and errors to the terminal (not in tests). */
  echoToConsole?: boolean;
  maxFileBytes?: number;
  keepArchives?: number;
}

export const defaultMaxLogBytes = 5 * 1024 * 1024;
export const defaultKeptArchives = 4;

let loggers = 0;

/** Every argument of every line, before any transport writes it: strings by pattern, objects by field name too. */
function redactArguments(data: unknown[]): unknown[] {
  return data.map((item) => (typeof item === 'string' ? redactLogText(item) : redactValue(item)));
}

/**
 * The main process's logger, over electron-log's Node entry (the same in
 * Electron's main and in the browser shell's host): size-rotated files
 * (5 MB × 5 by default), 0600 in a 0700 folder, and redaction as the first
 * hook, so no transport ever sees an unredacted argument.
 */
export function createAppLogger(options: AppLoggerOptions): AppLogger {
  const { logsDir } = options;
  mkdirSync(logsDir, { recursive: true, mode: 0o700 });
  chmodSync(logsDir, 0o700);
  const logger = electronLog.create({ logId: `parley-${process.pid}-${(loggers += 1)}` });
  const file = join(logsDir, options.fileName ?? 'main.log');
  const keep = options.keepArchives ?? defaultKeptArchives;
  logger.hooks.push((message) => ({ ...message, data: redactArguments(message.data) }));
  Object.assign(logger.transports.file, {
    level: options.level ?? 'info',
    maxSize: options.maxFileBytes ?? defaultMaxLogBytes,
    resolvePathFn: () => file,
    writeOptions: { flag: 'a', mode: 0o600, encoding: 'utf8' },
    archiveLogFn: () => rotateLogFiles(file, keep),
  });
  logger.transports.console.level = options.echoToConsole === false ? false : 'warn';
  // Nothing leaves the machine, and the page logs through the contract, not electron-log's IPC.
  for (const name of ['ipc', 'remote'] as const) {
    const transport = logger.transports[name];
    if (transport) transport.level = false;
  }
  return {
    error: (message, ...details) => logger.error(message, ...details),
    warn: (message, ...details) => logger.warn(message, ...details),
    info: (message, ...details) => logger.info(message, ...details),
    debug: (message, ...details) => logger.debug(message, ...details),
    logsDir,
  };
}
