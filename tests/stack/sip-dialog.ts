import { buildSipMessage, header, headerValues, newBranch, tagOf, uriOf, type SipMessage } from './sip-message';

/** What a raw peer needs to send requests inside a call (RFC 3261 §12). */
export interface SipDialog {
  callId: string;
  /** Our From in the requests we send: the name-addr with our tag. */
  local: string;
  /** Their To in the requests we send: the name-addr with their tag. */
  remote: string;
  /** Their Contact: the Request-URI of our in-dialog requests. */
  remoteTarget: string;
  /** Route headers, in order (the proxy record-routes, so Kamailio comes first). */
  routeSet: string[];
  localContact: string;
  /** Our last CSeq number. */
  cseq: number;
}

function withTag(nameAddr: string, tag: string): string {
  return tagOf(nameAddr) ? nameAddr : `${nameAddr};tag=${tag}`;
}

/** The dialog an INVITE we answered (with `localTag`) made. */
export function dialogAsCallee(invite: SipMessage, localTag: string, localContact: string): SipDialog {
  return {
    callId: header(invite, 'call-id') ?? '',
    local: withTag(header(invite, 'to') ?? '', localTag),
    remote: header(invite, 'from') ?? '',
    remoteTarget: uriOf(header(invite, 'contact') ?? ''),
    routeSet: headerValues(invite, 'record-route'),
    localContact,
    cseq: 0,
  };
}

/** The dialog our INVITE made when `answer` (a 2xx) came back. */
export function dialogAsCaller(invite: SipMessage, answer: SipMessage, localContact: string): SipDialog {
  return {
    callId: header(invite, 'call-id') ?? '',
    local: header(invite, 'from') ?? '',
    remote: header(answer, 'to') ?? '',
    remoteTarget: uriOf(header(answer, 'contact') ?? ''),
    routeSet: headerValues(answer, 'record-route').reverse(),
    localContact,
    cseq: Number(header(invite, 'cseq')?.split(' ')[0] ?? 1),
  };
}

/** An in-dialog request; a new CSeq unless one is given (an ACK reuses its INVITE's). */
export function inDialogRequest(
  dialog: SipDialog,
  method: string,
  viaPort: number,
  options: { cseq?: number; headers?: [string, string][]; body?: string } = {},
): string {
  const cseq = options.cseq ?? ++dialog.cseq;
  return buildSipMessage(
    `${method} ${dialog.remoteTarget} SIP/2.0`,
    [
      ['Via', `SIP/2.0/UDP 127.0.0.1:${viaPort};branch=${newBranch()};rport`],
      ['Max-Forwards', '70'],
      ...dialog.routeSet.map((route): [string, string] => ['Route', route]),
      ['From', dialog.local],
      ['To', dialog.remote],
      ['Call-ID', dialog.callId],
      ['CSeq', `${cseq} ${method}`],
      ['Contact', `<${dialog.localContact}>`],
      ...(options.headers ?? []),
    ],
    options.body,
  );
}
