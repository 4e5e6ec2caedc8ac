import type { AppLogger } from './app-logger';

function consoleLogger(): AppLogger {
  return {
    error: (message, ...details) => console.error(`[parley] ${message}`, ...details),
    warn: (message, ...details) => console.warn(`[parley] ${message}`, ...details),
    info: () => {},
    debug: () => {},
    logsDir: null,
  };
}

let current: AppLogger = consoleLogger();

/**
 * The process's log, for code that has no context to carry one (the
 * keychain's refusal, the sync loop): the terminal until the shell starts
 * the core, which points it at the files (setMainLog).
 */
export const mainLog: AppLogger = {
  error: (message, ...details) => current.error(message, ...details),
  warn: (message, ...details) => current.warn(message, ...details),
  info: (message, ...details) => current.info(message, ...details),
  debug: (message, ...details) => current.debug(message, ...details),
  get logsDir() {
    return current.logsDir;
  },
};

export function setMainLog(logger: AppLogger): void {
  current = logger;
}
