/**
 * Pattern redaction for free text headed to a log file or a support bundle:
 * what a log line may carry by accident (an error quoting a request, a SIP
 * header, a URL with a token). Names in prose cannot be found by pattern;
 * they are kept out by field name (redact-value.ts) and by never logging
 * customer records. Over-redaction is the safe failure: a timestamp in
 * milliseconds is lost as "[number]", a phone number is never kept.
 */

const replacements: ReadonlyArray<readonly [RegExp, string | ((...match: string[]) => string)]> = [
  // SIP and HTTP credentials, the whole value (Digest username="…", response="…", or a Bearer token).
  [/\b((?:proxy-)?authorization|www-authenticate|proxy-authenticate|cookie|set-cookie)(\s*[:=]\s*)[^\r\n]*/gi, '$1$2[redacted]'],
  [/\bbearer\s+[A-Za-z0-9._~+/=-]+/gi, 'Bearer [redacted]'],
  // key=value, key: value and "key":"value" for secrets.
  [
    /(["']?)\b([A-Za-z_-]*(?:password|passwd|pwd|secret|token|api[_-]?key|credential)s?)\1(\s*[:=]\s*)(?:"[^"]*"|'[^']*'|[^\s,;&}]+)/gi,
    '$1$2$1$3[redacted]',
  ],
  // SIP identity headers: the display name before <uri> (quoted or not).
  [
    /^((?:from|to|contact|p-asserted-identity|p-preferred-identity|remote-party-id|referred-by|refer-to|reply-to|diversion|[ftm])\s*:\s*)[^<\r\n]+(?=<)/gim,
    '$1[name] ',
  ],
  // The user part of SIP URIs (an extension, a phone number, a login) and tel: numbers.
  [/\b(sips?:)([^@\s<>;:"']+)(:[^@\s<>;"']*)?@/gi, '$1[user]@'],
  [/\b(tel|callto):[^\s<>;,"']+/gi, '$1:[number]'],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]'],
  // URL query parameters that carry the browser shell's token or a password.
  [/([?&](?:token|access_token|password|key)=)[^&\s#]+/gi, '$1[redacted]'],
];

/** IPv4 addresses and dates look like numbers; they are kept (a server address, a day). */
const notAPhone = /^(?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?)$/;

const startsWithDate = /^\d{4}-\d{2}-\d{2}(?!\d)/;

/** E.164 and local forms: +7 912 345-67-89, (495) 123-45-67, 89123456789 — 7 to 15 digits. */
const phoneLike = /(?<![\w.+-])\+?\(?\d[\d\s().-]{4,}\d(?![\w])/g;

function redactPhones(text: string): string {
  return text.replace(phoneLike, (match) => {
    const digits = match.replace(/\D/g, '').length;
    if (digits < 7 || digits > 15 || notAPhone.test(match.trim()) || startsWithDate.test(match)) return match;
    return '[number]';
  });
}

export function redactText(text: string): string {
  let redacted = text;
  for (const [pattern, replacement] of replacements) redacted = redacted.replace(pattern, replacement as string);
  return redactPhones(redacted);
}
