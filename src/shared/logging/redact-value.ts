import { redactLogText } from './redact-log-text';
import { redactText } from './redact-text';

/**
 * Fields that hold a person or what they said, or a secret: their values
 * never reach a log, whatever they look like. Compared without case, `-` or `_`.
 */
const personalFields = new Set(
  [
    'name', 'firstName', 'lastName', 'middleName', 'fullName', 'displayName', 'agentName', 'customerName', 'company',
    'user', 'username', 'authorizationUsername', 'login',
    'email', 'emails', 'mail', 'phone', 'phones', 'e164', 'number', 'msisdn', 'caller', 'callee', 'dialed', 'remoteIdentity',
    'address', 'note', 'notes', 'body', 'text', 'answer', 'answers', 'value', 'values', 'comment', 'comments', 'summary', 'description',
    'password', 'passwd', 'secret', 'token', 'accessToken', 'refreshToken', 'apiKey', 'authorization', 'proxyAuthorization',
    'cookie', 'credentials', 'sdp', 'label',
  ].map(normalize),
);

function normalize(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '');
}

export function isPersonalField(key: string): boolean {
  const normal = normalize(key);
  return personalFields.has(normal) || /(password|secret|token|apikey)$/.test(normal);
}

const maxDepth = 6;
const maxString = 4_000;
const maxEntries = 50;

/** A shape a log can print: strings redacted, personal fields replaced, errors reduced to their redacted message and stack. */
export type Redacted = string | number | boolean | null | Redacted[] | { [key: string]: Redacted };

export function redactValue(value: unknown, depth = 0): Redacted {
  if (typeof value === 'string') return redactLogText(value.length > maxString ? `${value.slice(0, maxString)}… (${value.length} characters)` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (value === undefined) return null;
  if (typeof value === 'bigint') return redactText(value.toString());
  if (typeof value === 'function' || typeof value === 'symbol') return `[${typeof value}]`;
  if (depth >= maxDepth) return '[nested too deep]';
  if (value instanceof Error) {
    // The error's class name is code, not a person's name: kept as is.
    const error: Record<string, Redacted> = { name: redactText(value.name), message: redactLogText(value.message), stack: redactLogText(value.stack ?? '') };
    if ('code' in value) error.code = redactValue(value.code, depth + 1);
    if (value.cause !== undefined) error.cause = redactValue(value.cause, depth + 1);
    return error;
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.slice(0, maxEntries).map((item) => redactValue(item, depth + 1));
  const result: Record<string, Redacted> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>).slice(0, maxEntries)) {
    result[key] = isPersonalField(key) && item !== null && item !== undefined && item !== '' ? '[redacted]' : redactValue(item, depth + 1);
  }
  return result;
}
