import { describe, expect, it } from 'vitest';
import { maxSipTraceBatch, type SipTraceEntry } from '../../../src/shared/logging/log-entry';
import { SipTraceQueue, sipTraceFromLog, type WhenIdle } from '../../../src/renderer/src/core/phone/sip-trace';

const register = 'REGISTER sip:pbx.example.net SIP/2.0\r\nCSeq: 1 REGISTER\r\n\r\n';
const at = Date.UTC(2026, 10, 27, 9, 0, 0);

describe("sip.js's transport trace becomes the support bundle's SIP trace", () => {
  it('takes the messages it sends and receives, with the time they passed through the page', () => {
    expect(sipTraceFromLog('log', 'sip.Transport', `Sending WebSocket message:\n\n${register}\n`, at)).toEqual({ at, direction: 'sent', message: register });
    expect(sipTraceFromLog('log', 'sip.Transport', 'Received WebSocket text message:\n\nSIP/2.0 200 OK\r\n\r\n\n', at)).toEqual({ at, direction: 'received', message: 'SIP/2.0 200 OK\r\n\r\n' });
  });

  it('ignores every other line, keep-alives included', () => {
    expect(sipTraceFromLog('log', 'sip.Transport', 'Received WebSocket message with CRLF Keep Alive response')).toBeNull();
    expect(sipTraceFromLog('log', 'sip.UserAgent', `Sending WebSocket message:\n\n${register}`)).toBeNull();
    expect(sipTraceFromLog('error', 'sip.Transport', 'WebSocket closed')).toBeNull();
  });
});

/** A page whose idle moments the test decides. */
function queueOnPage(): { queue: SipTraceQueue; sent: SipTraceEntry[][]; idle(): void; waits: number[] } {
  const sent: SipTraceEntry[][] = [];
  const tasks: (() => void)[] = [];
  const waits: number[] = [];
  const whenIdle: WhenIdle = (task, maxWaitMs) => {
    tasks.push(task);
    waits.push(maxWaitMs);
  };
  const queue = new SipTraceQueue((entries) => sent.push(entries), whenIdle);
  return { queue, sent, waits, idle: () => tasks.splice(0).forEach((task) => task()) };
}

const entry = (index: number): SipTraceEntry => ({ at: at + index, direction: index % 2 === 0 ? 'sent' : 'received', message: `message ${index}` });

describe('the SIP trace reaches main in batches, once the page is idle', () => {
  it("sends nothing during a call's setup, then every message in one report, in order, with its own time", () => {
    const page = queueOnPage();
    for (let index = 0; index < 12; index += 1) page.queue.add(entry(index));
    expect(page.sent).toEqual([]);
    expect(page.waits).toEqual([2_000]);
    page.idle();
    expect(page.sent).toEqual([Array.from({ length: 12 }, (_, index) => entry(index))]);
    page.queue.add(entry(12));
    page.idle();
    expect(page.sent[1]).toEqual([entry(12)]);
  });

  it('sends a full batch at once, without waiting for the page to be idle', () => {
    const page = queueOnPage();
    for (let index = 0; index < maxSipTraceBatch + 3; index += 1) page.queue.add(entry(index));
    expect(page.sent).toHaveLength(1);
    expect(page.sent[0]).toHaveLength(maxSipTraceBatch);
    page.idle();
    expect(page.sent[1]?.map((message) => message.message)).toEqual(['message 32', 'message 33', 'message 34']);
  });

  it('sends what is waiting when the page goes away, and nothing twice', () => {
    const page = queueOnPage();
    page.queue.add(entry(0));
    page.queue.add(entry(1));
    page.queue.flush();
    expect(page.sent).toEqual([[entry(0), entry(1)]]);
    page.idle();
    expect(page.sent).toHaveLength(1);
  });
});
