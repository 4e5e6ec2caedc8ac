import { randomBytes } from 'node:crypto';
import { openRtpPort } from './raw-rtp';
import { pcmuSdp } from './sdp';
import { dialogAsCaller, inDialogRequest } from './sip-dialog';
import { openSipEndpoint } from './sip-endpoint';
import { buildSipMessage, header, newBranch, newTag, parseSipMessage, type SipMessage } from './sip-message';

export interface RawInviteOptions {
  /** Kamailio's UDP port. */
  port: number;
  /** The SIP user called. */
  to: string;
  domain: string;
  /** Put in the From header as is: quote-escape it yourself if it needs it. */
  displayName?: string;
  /** The caller's user part (a number, or anything a hostile caller would send). */
  fromUser?: string;
  callId?: string;
  /** The offer; gets the caller's RTP port. Default: PCMU. See sdp.ts for the offers phones would not make. */
  sdp?: (rtpPort: number) => string;
  extraHeaders?: string[];
  /** With no final answer after this long, the call is cancelled (default 10 s). */
  cancelAfterMs?: number;
}

export interface RawInvite {
  /** The first answer's status line ("SIP/2.0 100 trying"), or null when none came. */
  firstAnswer: Promise<string | null>;
  /**
   * The final response code, or null when none came even after CANCEL. Every
   * final response is ACKed, so Kamailio's transaction ends; a call that was
   * answered (2xx) is hung up at once with BYE.
   */
  final: Promise<number | null>;
  /** Cancels now, if the INVITE is still unanswered. */
  cancel(): void;
}

/**
 * An INVITE written by hand and sent over UDP through Kamailio, for what no
 * well-behaved phone would send (hostile names and numbers, oversized headers,
 * offers the console cannot take). Its caller is outside the domain, so the
 * proxy asks for no password.
 */
export function startRawInvite(options: RawInviteOptions): RawInvite {
  let resolveFirst: (line: string | null) => void = () => undefined;
  let failFirst: (error: unknown) => void = () => undefined;
  const firstAnswer = new Promise<string | null>((resolve, reject) => {
    resolveFirst = resolve;
    failFirst = reject;
  });
  let cancelRequested = false;
  // Until the INVITE is out, a cancel is only remembered.
  let cancelNow: () => void = () => {
    cancelRequested = true;
  };

  const run = async (): Promise<number | null> => {
    const endpoint = await openSipEndpoint(options.port);
    const rtp = await openRtpPort();
    try {
      const fromUser = options.fromUser ?? '+79161234567';
      const displayName = options.displayName === undefined ? '' : `"${options.displayName}" `;
      const requestUri = `sip:${options.to}@${options.domain}`;
      const sdp = (options.sdp ?? ((rtpPort) => pcmuSdp(rtpPort)))(rtp.port);
      const headers: [string, string][] = [
        ['Via', `SIP/2.0/UDP 127.0.0.1:${endpoint.port};branch=${newBranch()};rport`],
        ['Max-Forwards', '70'],
        ['From', `${displayName}<sip:${fromUser}@outside.invalid>;tag=${newTag()}`],
        ['To', `<${requestUri}>`],
        ['Call-ID', options.callId ?? `${randomBytes(8).toString('hex')}@outside.invalid`],
        ['CSeq', '1 INVITE'],
        ['Contact', `<sip:caller@127.0.0.1:${endpoint.port};transport=udp>`],
        ...(options.extraHeaders ?? []).map((line): [string, string] => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
        ['Content-Type', 'application/sdp'],
      ];
      const inviteText = buildSipMessage(`INVITE ${requestUri} SIP/2.0`, headers, sdp);
      const invite = parseSipMessage(inviteText);
      // CANCEL and the ACK of an error answer are hop-by-hop: the INVITE's Via (branch), Request-URI, Call-ID, From and CSeq number.
      const sameTransaction = (method: string, to: string) =>
        buildSipMessage(`${method} ${requestUri} SIP/2.0`, [
          ['Via', header(invite, 'via') ?? ''],
          ['Max-Forwards', '70'],
          ['From', header(invite, 'from') ?? ''],
          ['To', to],
          ['Call-ID', header(invite, 'call-id') ?? ''],
          ['CSeq', `1 ${method}`],
        ]);

      let provisional = false;
      const cancelAfterMs = options.cancelAfterMs ?? 10_000;
      cancelNow = () => {
        // Only an INVITE that something answered can be cancelled (RFC 3261 §9.1).
        if (provisional) void endpoint.request(sameTransaction('CANCEL', header(invite, 'to') ?? ''));
        else cancelRequested = true;
      };
      const cancelTimer = setTimeout(() => cancelNow(), cancelAfterMs);
      const onProvisional = () => {
        provisional = true;
        if (cancelRequested) cancelNow();
      };
      const answer: SipMessage | null = await endpoint.request(inviteText, {
        timeoutMs: cancelAfterMs + 5_000,
        onProvisional: (response) => {
          resolveFirst(response.startLine);
          onProvisional();
        },
      });
      clearTimeout(cancelTimer);
      resolveFirst(answer?.startLine ?? null);
      if (!answer?.status) return null;
      if (answer.status >= 300) {
        endpoint.send(sameTransaction('ACK', header(answer, 'to') ?? ''));
      } else {
        const dialog = dialogAsCaller(invite, answer, `sip:caller@127.0.0.1:${endpoint.port}`);
        endpoint.send(inDialogRequest(dialog, 'ACK', endpoint.port, { cseq: dialog.cseq }));
        await endpoint.request(inDialogRequest(dialog, 'BYE', endpoint.port));
      }
      return answer.status;
    } finally {
      rtp.close();
      endpoint.close();
    }
  };
  const final = run();
  final.catch(failFirst);
  return { firstAnswer, final, cancel: () => cancelNow() };
}

/** Sends a raw INVITE and resolves with its final response code (see startRawInvite). */
export function callWithRawInvite(options: RawInviteOptions): Promise<number | null> {
  return startRawInvite(options).final;
}

/**
 * Sends a raw INVITE and resolves with the first answer line, or null: for a
 * test that then acts on the ringing console. The transaction goes on until
 * its final answer (ACKed) or the cancel time.
 */
export function sendRawInvite(options: RawInviteOptions): Promise<string | null> {
  const invite = startRawInvite(options);
  // A failure rejects firstAnswer too, which the caller awaits: reported there, once.
  invite.final.catch(() => undefined);
  return invite.firstAnswer;
}
