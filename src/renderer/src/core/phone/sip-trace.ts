import type { LogConnector } from 'sip.js';
import type { SipTraceEntry } from '@shared/logging/log-entry';

/** What sip.js's web transport logs (at "log" level, with traceSip) for every message it sends or receives. */
const tracePrefixes: ReadonlyArray<readonly [RegExp, SipTraceEntry['direction']]> = [
  [/^Sending WebSocket message:\n\n/, 'sent'],
  [/^Received WebSocket (?:text|binary) message:\n\n/, 'received'],
];
const maxMessage = 64_000;

/** A SIP message out of one of sip.js's log lines, or null for every other line. */
export function sipTraceFromLog(level: string, category: string, content: string): SipTraceEntry | null {
  if (level !== 'log' || category !== 'sip.Transport') return null;
  for (const [prefix, direction] of tracePrefixes) {
    const match = prefix.exec(content);
    if (!match) continue;
    const message = content.slice(match[0].length).replace(/\n$/, '').slice(0, maxMessage);
    return message.trim() === '' ? null : { direction, message };
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
