import { notReadyReasons, type NotReadyReason } from '../agent/agent-state';
import { presenceStates, type AgentPresence, type PresenceState } from './agent-presence';
import { parseXml, type XmlParser } from './xml-parser';

const pidfNs = 'urn:ietf:params:xml:ns:pidf';
const dataModelNs = 'urn:ietf:params:xml:ns:pidf:data-model';
const rpidNs = 'urn:ietf:params:xml:ns:pidf:rpid';
/** Parley's own element: the exact state, which RFC 4480 activities can only approximate. */
export const parleyStateNs = 'urn:parley:xml:ns:agent-state';

export const pidfContentType = 'application/pidf+xml';

/** RFC 4480 activities for other presence clients (a desk phone's BLF, a softphone's buddy list) that do not read Parley's element. */
function activity(presence: AgentPresence): string {
  switch (presence.state) {
    case 'ready':
      return 'working';
    case 'in-call':
      return 'on-the-phone';
    case 'wrap-up':
      return 'busy';
    case 'offline':
      return 'away';
    case 'not-ready':
      return presence.reason === 'lunch' ? 'meal' : presence.reason === 'meeting' ? 'meeting' : 'away';
  }
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** The PIDF document (RFC 3863, with RFC 4480 activities and Parley's state) a console publishes for its agent `entity` (a sip: URI). */
export function buildPidf(entity: string, presence: AgentPresence): string {
  const basic = presence.state === 'offline' ? 'closed' : 'open';
  const reason = presence.reason === null ? '' : ` reason="${presence.reason}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<presence xmlns="${pidfNs}" xmlns:dm="${dataModelNs}" xmlns:rpid="${rpidNs}" xmlns:parley="${parleyStateNs}" entity="${escapeAttribute(entity)}">`,
    `<tuple id="console"><status><basic>${basic}</basic></status></tuple>`,
    `<dm:person id="agent"><rpid:activities><rpid:${activity(presence)}/></rpid:activities>`,
    `<parley:state state="${presence.state}" since="${Math.round(presence.since)}"${reason}/></dm:person>`,
    '</presence>',
  ].join('\n');
}

function isPresenceState(value: string | null): value is PresenceState {
  return (presenceStates as readonly string[]).includes(value ?? '');
}

function isNotReadyReason(value: string | null): value is NotReadyReason {
  return (notReadyReasons as readonly string[]).includes(value ?? '');
}

/**
 * The agent's presence from a PIDF document; `receivedAt` stands in for
 * "since" when the document does not say (a server-generated closed PIDF, a
 * client that is not Parley). Null when the text is not a PIDF document.
 */
export function parsePidf(parser: XmlParser, body: string, receivedAt: number): AgentPresence | null {
  const root = parseXml(parser, body);
  if (root === null || root.localName !== 'presence' || root.namespaceURI !== pidfNs) return null;
  const parley = root.getElementsByTagNameNS(parleyStateNs, 'state')[0];
  const state = parley?.getAttribute('state') ?? null;
  if (parley && isPresenceState(state)) {
    const since = Number(parley.getAttribute('since'));
    const reason = parley.getAttribute('reason');
    return { state, since: Number.isFinite(since) && since > 0 ? since : receivedAt, reason: state === 'not-ready' && isNotReadyReason(reason) ? reason : null };
  }
  const basics = Array.from(root.getElementsByTagNameNS(pidfNs, 'basic')).map((element) => element.textContent?.trim());
  if (!basics.includes('open')) return { state: 'offline', since: receivedAt, reason: null };
  const onThePhone = root.getElementsByTagNameNS(rpidNs, 'on-the-phone').length > 0;
  return { state: onThePhone ? 'in-call' : 'ready', since: receivedAt, reason: null };
}
