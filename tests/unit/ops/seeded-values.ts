/**
 * Personal values and secrets a console handles, each unusual enough that
 * finding it anywhere in a file means it leaked (and not a coincidence).
 */
export const seeded = {
  firstName: 'Evdokiya',
  lastName: 'Zabolotnaya',
  agentName: 'Kasimir Wolkenstein',
  email: 'evdokiya.zabolotnaya@example.org',
  e164: '+79161234567',
  phoneSpaced: '+7 916 123-45-67',
  phoneLocal: '8 (916) 765-43-21',
  note: 'Wants the refund for the blue kettle before Friday',
  scriptAnswer: 'Grandmother’s maiden name is Hohenzollern',
  crmToken: 'crm_tok_Q7w8E9r0T1y2U3i4',
  sipPassword: 'Sip-Pa55word!Xq',
  sipUser: 'agent7734',
  sipDigestResponse: '6629fae49393a05397450978507c4ef1',
  sdpAddress: '198.51.100.77',
} as const;

/** The parts of the seeded values that must never be found (digits only for the numbers, whatever their format). */
export function leaksIn(text: string): string[] {
  const digits = text.replace(/[^\d]/g, '');
  const found: string[] = Object.entries(seeded)
    .filter(([, value]) => text.includes(value))
    .map(([key]) => key);
  for (const number of ['79161234567', '89167654321']) if (digits.includes(number)) found.push(`digits of ${number}`);
  return found;
}

/** A REGISTER's challenge answer and an INVITE with SDP, as sip.js puts them on the wire. */
export const sipInvite = [
  `INVITE sip:${seeded.e164}@pbx.example.net SIP/2.0`,
  'Via: SIP/2.0/WSS 203.0.113.9;branch=z9hG4bK776asdhds',
  `From: "${seeded.agentName}" <sip:${seeded.sipUser}@pbx.example.net>;tag=1928301774`,
  `To: <sip:${seeded.e164}@pbx.example.net>`,
  `Contact: <sip:${seeded.sipUser}@203.0.113.9;transport=ws>`,
  'Call-ID: a84b4c76e66710@pc33.example.net',
  'CSeq: 314159 INVITE',
  `Proxy-Authorization: Digest username="${seeded.sipUser}", realm="pbx.example.net", nonce="abc", uri="sip:${seeded.e164}@pbx.example.net", response="${seeded.sipDigestResponse}"`,
  'Content-Type: application/sdp',
  'Content-Length: 142',
  '',
  'v=0',
  `o=- 4858 1 IN IP4 ${seeded.sdpAddress}`,
  's=-',
  `c=IN IP4 ${seeded.sdpAddress}`,
  't=0 0',
  'm=audio 49170 RTP/AVP 0',
  'a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR',
  '',
].join('\r\n');
