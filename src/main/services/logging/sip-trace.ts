import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SipTraceEntry } from '@shared/logging/log-entry';
import { redactSipMessage } from '@shared/logging/redact-sip';
import { writePrivateFile } from '../secrets/write-private-file';

export const sipTraceCapacity = 200;
export const sipTraceFileName = 'sip-trace.json';

export interface TracedSipMessage {
  at: string;
  direction: SipTraceEntry['direction'];
  /** Redacted when it was recorded: the raw message is never kept. */
  message: string;
}

/**
 * The last 200 SIP messages the page's phone sent or received, redacted on
 * arrival, for the support bundle. Kept in memory and written (0600, at
 * most once a second) beside the logs, so that a bundle made by the CLI
 * after the console stopped still has the trace of its last minutes.
 */
export class SipTrace {
  private readonly messages: TracedSipMessage[];
  private flushTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly logsDir: string | null) {
    this.messages = logsDir === null ? [] : readSipTrace(logsDir);
  }

  record(entry: SipTraceEntry): void {
    this.messages.push({ at: new Date(entry.at).toISOString(), direction: entry.direction, message: redactSipMessage(entry.message) });
    if (this.messages.length > sipTraceCapacity) this.messages.splice(0, this.messages.length - sipTraceCapacity);
    if (this.logsDir !== null && this.flushTimer === null) {
      this.flushTimer = setTimeout(() => this.flush(), 1_000);
      this.flushTimer.unref();
    }
  }

  entries(): TracedSipMessage[] {
    return [...this.messages];
  }

  flush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (this.logsDir === null) return;
    writePrivateFile(join(this.logsDir, sipTraceFileName), JSON.stringify(this.messages));
  }
}

/** The trace a console left in its logs folder (empty if none or unreadable); redacted again, in case an older version wrote it. */
export function readSipTrace(logsDir: string): TracedSipMessage[] {
  try {
    const saved: unknown = JSON.parse(readFileSync(join(logsDir, sipTraceFileName), 'utf8'));
    if (!Array.isArray(saved)) return [];
    return saved
      .filter((item): item is TracedSipMessage => typeof item?.message === 'string' && (item.direction === 'sent' || item.direction === 'received'))
      .slice(-sipTraceCapacity)
      .map((item) => ({ at: String(item.at), direction: item.direction, message: redactSipMessage(item.message) }));
  } catch (error) {
    // No trace written yet (a console that never registered) is the usual case; an unreadable one
    // leaves the bundle without SIP messages, which the bundle then says, never without the rest.
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'none written yet' : error instanceof Error ? error.message : 'unreadable';
    console.warn(`SIP trace not read (${reason}); the support bundle goes without it.`);
    return [];
  }
}
