import { createHash, randomBytes } from 'node:crypto';

/** A SIP message as the raw test peers see it: headers in order, names as sent. */
export interface SipMessage {
  /** "INVITE sip:…" or "SIP/2.0 200 OK". */
  startLine: string;
  /** Set on requests. */
  method?: string;
  requestUri?: string;
  /** Set on responses. */
  status?: number;
  headers: [string, string][];
  body: string;
}

// RFC 3261 §7.3.3: the one-letter forms Kamailio or a phone may send.
const compactNames: Record<string, string> = { v: 'via', f: 'from', t: 'to', i: 'call-id', m: 'contact', l: 'content-length', c: 'content-type' };

function canonical(name: string): string {
  const lower = name.toLowerCase();
  return compactNames[lower] ?? lower;
}

export function parseSipMessage(text: string): SipMessage {
  const split = text.indexOf('\r\n\r\n');
  const head = split < 0 ? text : text.slice(0, split);
  const body = split < 0 ? '' : text.slice(split + 4);
  const [startLine = '', ...lines] = head.split('\r\n');
  const headers: [string, string][] = [];
  for (const line of lines) {
    // A folded line continues the header before it.
    const previous = headers.at(-1);
    if (/^[ \t]/.test(line) && previous) {
      previous[1] += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0) headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  const response = /^SIP\/2\.0 (\d{3})/.exec(startLine);
  if (response) return { startLine, status: Number(response[1]), headers, body };
  const [method = '', requestUri = ''] = startLine.split(' ');
  return { startLine, method, requestUri, headers, body };
}

/** The first value of a header (compact forms included), or undefined. */
export function header(message: SipMessage, name: string): string | undefined {
  return headerValues(message, name)[0];
}

/** Every value of a header, in order, with comma-joined values split (Via, Route, Record-Route). */
export function headerValues(message: SipMessage, name: string): string[] {
  const wanted = canonical(name);
  const splittable = ['via', 'route', 'record-route'].includes(wanted);
  return message.headers
    .filter(([key]) => canonical(key) === wanted)
    .flatMap(([, value]) => (splittable ? value.split(/,(?=\s*(?:<|SIP\/))/).map((part) => part.trim()) : [value]));
}

/** Writes a message with a correct Content-Length (added last, after `headers`). */
export function buildSipMessage(startLine: string, headers: [string, string][], body = ''): string {
  const lines = [startLine, ...headers.map(([name, value]) => `${name}: ${value}`), `Content-Length: ${Buffer.byteLength(body)}`];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** A response to `request`, echoing what RFC 3261 §8.2.6.2 says must be echoed; `toTag` is added to To when it has none. */
export function buildResponse(request: SipMessage, status: number, reason: string, options: { toTag?: string; headers?: [string, string][]; body?: string } = {}): string {
  const to = header(request, 'to') ?? '';
  const toWithTag = options.toTag && !/;\s*tag=/i.test(to) ? `${to};tag=${options.toTag}` : to;
  const echoed: [string, string][] = [
    ...headerValues(request, 'via').map((via): [string, string] => ['Via', via]),
    ...headerValues(request, 'record-route').map((route): [string, string] => ['Record-Route', route]),
    ['From', header(request, 'from') ?? ''],
    ['To', toWithTag],
    ['Call-ID', header(request, 'call-id') ?? ''],
    ['CSeq', header(request, 'cseq') ?? ''],
  ];
  return buildSipMessage(`SIP/2.0 ${status} ${reason}`, [...echoed, ...(options.headers ?? [])], options.body);
}

/** The URI inside a name-addr (`"Name" <sip:…>;tag=…`) or a bare addr-spec. */
export function uriOf(nameAddr: string): string {
  const angled = /<([^>]*)>/.exec(nameAddr);
  return angled?.[1] ?? (nameAddr.split(';')[0] ?? '').trim();
}

export function tagOf(nameAddr: string | undefined): string | undefined {
  return nameAddr ? /;\s*tag=([^;>\s]+)/i.exec(nameAddr.replace(/<[^>]*>/, ''))?.[1] : undefined;
}

export function newBranch(): string {
  return `z9hG4bK${randomBytes(8).toString('hex')}`;
}

export function newTag(): string {
  return randomBytes(6).toString('hex');
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/**
 * The Authorization (or Proxy-Authorization) value answering a digest
 * challenge (RFC 2617, MD5, with or without qop=auth).
 */
export function digestAuthorization(challenge: string, credentials: { username: string; password: string }, method: string, uri: string): string {
  const param = (name: string) => new RegExp(`${name}="?([^",]+)"?`, 'i').exec(challenge)?.[1];
  const realm = param('realm') ?? '';
  const nonce = param('nonce') ?? '';
  const opaque = param('opaque');
  const qop = param('qop')?.split(/\s*,\s*/).includes('auth') ? 'auth' : undefined;
  const ha1 = md5(`${credentials.username}:${realm}:${credentials.password}`);
  const ha2 = md5(`${method}:${uri}`);
  const fields = [`username="${credentials.username}"`, `realm="${realm}"`, `nonce="${nonce}"`, `uri="${uri}"`, 'algorithm=MD5'];
  if (qop) {
    const cnonce = randomBytes(8).toString('hex');
    const nc = '00000001';
    fields.push(`response="${md5(`${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`)}"`, `qop=${qop}`, `nc=${nc}`, `cnonce="${cnonce}"`);
  } else {
    fields.push(`response="${md5(`${ha1}:${nonce}:${ha2}`)}"`);
  }
  if (opaque) fields.push(`opaque="${opaque}"`);
  return `Digest ${fields.join(', ')}`;
}
