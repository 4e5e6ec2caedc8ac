import type { LogConnector } from 'sip.js';
import { maxSipTraceBatch, type SipTraceEntry } from '@shared/logging/log-entry';

/** What sip.js's web transport logs (at "log" level, with traceSip) for every message it sends or receives. */
const tracePrefixes: ReadonlyArray<readonly [RegExp, SipTraceEntry['direction']]> = [
  [/^Sending WebSocket message:\n\n/, 'sent'],
  [/^Received WebSocket (?:text|binary) message:\n\n/, 'received'],
];
const maxMessage = 64_000;
/** A batch waits at most this long for the page to be idle. */
const maxWaitMs = 2_000;

/** A SIP message out of one of sip.js's log lines (stamped `at`), or null for every other line. */
export function sipTraceFromLog(level: string, category: string, content: string, at = Date.now()): SipTraceEntry | null {
  if (level !== 'log' || category !== 'sip.Transport') return null;
  for (const [prefix, direction] of tracePrefixes) {
    const match = prefix.exec(content);
    if (!match) continue;
    const message = content.slice(match[0].length).replace(/\n$/, '').slice(0, maxMessage);
    return message.trim() === '' ? null : { at, direction, message };
  }
  return null;
}

/**
 * sip.js's log connector: SIP messages go to the support bundle's trace
 * (main redacts them on arrival), errors and warnings to the console as
 * sip.js's own logger printed them before.
 */
export function sipLogConnector(onSipMessage: (entry: SipTraceEntry) => void): LogConnector {
  return (level, category, label, content) => {
    const entry = sipTraceFromLog(level, category, content);
    if (entry) onSipMessage(entry);
    else if (level === 'error') console.error(`${category}${label ? ` ${label}` : ''}: ${content}`);
    else if (level === 'warn') console.warn(`${category}${label ? ` ${label}` : ''}: ${content}`);
  };
}

/** Runs `task` once the page is idle, or after `maxWaitMs` at the latest. */
export type WhenIdle = (task: () => void, maxWaitMs: number) => void;

const browserIdle: WhenIdle = (task, timeout) => void requestIdleCallback(task, { timeout });

/**
 * The SIP trace on its way to main, sent in batches once the page is idle:
 * a call's setup — a dozen messages in a hundred milliseconds — is not also
 * a dozen contract messages on the page's busiest moments. Each message
 * keeps the time it passed through the page. What has not gone yet goes
 * when the page is hidden or closed (`flush`).
 */
export class SipTraceQueue {
  private waiting: SipTraceEntry[] = [];
  private scheduled = false;

  constructor(
    private readonly send: (entries: SipTraceEntry[]) => void,
    private readonly whenIdle: WhenIdle = browserIdle,
  ) {}

  add(entry: SipTraceEntry): void {
    this.waiting.push(entry);
    if (this.waiting.length >= maxSipTraceBatch) return this.flush();
    if (this.scheduled) return;
    this.scheduled = true;
    this.whenIdle(() => {
      this.scheduled = false;
      this.flush();
    }, maxWaitMs);
  }

  flush(): void {
    while (this.waiting.length > 0) this.send(this.waiting.splice(0, maxSipTraceBatch));
  }
}
