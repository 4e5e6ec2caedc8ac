import { redactText } from './redact-text';

/**
 * A SIP message as it may go into a support bundle: the start line and
 * headers with identities and credentials redacted (redactText), the body
 * replaced by what it was — an SDP offer carries addresses and the call's
 * media keys, a MESSAGE or NOTIFY body may carry anything the customer said.
 */
export function redactSipMessage(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split === -1 ? raw : raw.slice(0, split);
  const body = split === -1 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headLines = head.split(/\r?\n/).map((line) => redactText(line));
  if (body.trim() === '') return headLines.join('\r\n');
  const contentType = /^(?:content-type|c)\s*:\s*([^;\r\n]+)/im.exec(head)?.[1]?.trim().toLowerCase() ?? '';
  const lines = body.split(/\r?\n/).filter((line) => line !== '').length;
  const summary = contentType === 'application/sdp' || body.startsWith('v=0') ? `[SDP ${lines} lines]` : `[body: ${contentType || 'no type'}, ${body.length} characters]`;
  return `${headLines.join('\r\n')}\r\n\r\n${summary}`;
}
