import { redactSipMessage } from './redact-sip';
import { redactText } from './redact-text';

/** A SIP request or response line: what follows it is a SIP message, body and all. */
const sipStartLine = /^(?:[A-Z]+ sips?:\S+ SIP\/2\.0|SIP\/2\.0 \d{3}\b)/m;

/**
 * Any text on its way to a log: a SIP message inside it (a trace, an error
 * quoting one) loses its body — SDP carries addresses and media keys — and
 * its identities; the rest is redacted by pattern.
 */
export function redactLogText(text: string): string {
  const at = text.search(sipStartLine);
  if (at === -1) return redactText(text);
  return redactText(text.slice(0, at)) + redactSipMessage(text.slice(at));
}
