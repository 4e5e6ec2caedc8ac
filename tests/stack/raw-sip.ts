import { randomBytes } from 'node:crypto';
import { udpExchange } from './processes';

/**
 * An INVITE written by hand and sent over UDP, for what no well-behaved phone
 * would send (hostile display names, oversized headers). Resolves with the
 * first answer line, or null.
 */
export async function sendRawInvite(options: { port: number; to: string; domain: string; displayName: string; extraHeaders?: string[] }): Promise<string | null> {
  const branch = `z9hG4bK${randomBytes(8).toString('hex')}`;
  const sdp = ['v=0', 'o=- 1 1 IN IP4 127.0.0.1', 's=-', 'c=IN IP4 127.0.0.1', 't=0 0', 'm=audio 40000 RTP/AVP 0', 'a=rtpmap:0 PCMU/8000', ''].join('\r\n');
  const message = [
    `INVITE sip:${options.to}@${options.domain} SIP/2.0`,
    `Via: SIP/2.0/UDP 127.0.0.1:9;branch=${branch};rport`,
    'Max-Forwards: 70',
    `From: "${options.displayName}" <sip:+79161234567@hostile.invalid>;tag=${branch}`,
    `To: <sip:${options.to}@${options.domain}>`,
    `Call-ID: ${branch}@hostile.invalid`,
    'CSeq: 1 INVITE',
    'Contact: <sip:+79161234567@127.0.0.1:9>',
    ...(options.extraHeaders ?? []),
    'Content-Type: application/sdp',
    `Content-Length: ${Buffer.byteLength(sdp)}`,
    '',
    sdp,
  ].join('\r\n');
  const answer = await udpExchange(options.port, message, 2_000);
  return answer?.split('\r\n')[0] ?? null;
}
