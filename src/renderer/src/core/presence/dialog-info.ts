import { parseXml, type XmlParser } from './xml-parser';

const dialogInfoNs = 'urn:ietf:params:xml:ns:dialog-info';

/** RFC 4235 §4.1.2 dialog states. */
export type DialogState = 'trying' | 'proceeding' | 'early' | 'confirmed' | 'terminated';
const dialogStates: readonly string[] = ['trying', 'proceeding', 'early', 'confirmed', 'terminated'];

/** A call of a watched agent, as the SIP server saw it. */
export interface WatchedDialog {
  id: string;
  state: DialogState;
  /** From the agent's side: `inbound` when the agent was called (RFC 4235 "recipient"). */
  direction: 'inbound' | 'outbound' | null;
  /** The other party's number or SIP user, and the name its phone gave, when the server said. */
  remoteUser: string | null;
  remoteName: string | null;
}

function userOf(uri: string | null | undefined): string | null {
  const match = /^sips?:([^@;>]+)@/i.exec(uri?.trim() ?? '');
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

function childNamed(parent: Element, name: string): Element | null {
  return Array.from(parent.children).find((child) => child.localName === name && child.namespaceURI === dialogInfoNs) ?? null;
}

/** The dialogs of a dialog-info document (RFC 4235); null when the text is not one. */
export function parseDialogInfo(parser: XmlParser, body: string): WatchedDialog[] | null {
  const root = parseXml(parser, body);
  if (root === null || root.localName !== 'dialog-info' || root.namespaceURI !== dialogInfoNs) return null;
  return Array.from(root.getElementsByTagNameNS(dialogInfoNs, 'dialog')).flatMap((dialog): WatchedDialog[] => {
    const state = childNamed(dialog, 'state')?.textContent?.trim() ?? '';
    if (!dialogStates.includes(state)) return [];
    const direction = dialog.getAttribute('direction');
    const remote = childNamed(dialog, 'remote');
    const identity = remote ? childNamed(remote, 'identity') : null;
    const target = remote ? childNamed(remote, 'target') : null;
    return [
      {
        id: dialog.getAttribute('call-id') ?? dialog.getAttribute('id') ?? '',
        state: state as DialogState,
        direction: direction === 'recipient' ? 'inbound' : direction === 'initiator' ? 'outbound' : null,
        remoteUser: userOf(identity?.textContent) ?? userOf(target?.getAttribute('uri')),
        remoteName: identity?.getAttribute('display')?.trim() || null,
      },
    ];
  });
}
