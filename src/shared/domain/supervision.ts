import { z } from 'zod';

/**
 * Listen, whisper, barge (issue 13), in the order of what they let a
 * supervisor do: a grant's ceiling allows its own mode and every one before it.
 */
export const supervisionModes = ['listen', 'whisper', 'barge'] as const;
export type SupervisionMode = (typeof supervisionModes)[number];

/** Whether a grant whose ceiling is `maxMode` allows `mode`. */
export function modeAllowed(mode: SupervisionMode, maxMode: SupervisionMode): boolean {
  return supervisionModes.indexOf(mode) <= supervisionModes.indexOf(maxMode);
}

/** The SIP headers a monitoring call carries: the CRM's signed grant, and the mode asked for. */
export const supervisionGrantHeader = 'X-Parley-Supervision';
export const supervisionModeHeader = 'X-Parley-Supervision-Mode';

/** A grant lives at most this long (the CRM picks less if it likes): long enough to place a call, too short to be worth stealing. */
export const grantMaxLifetimeMs = 60_000;
/** Consoles' clocks are not the CRM's: a grant is taken this much before it was issued or after it expired. */
export const grantClockSkewMs = 5_000;

const base64url = /^[A-Za-z0-9_-]+$/;

/**
 * What the CRM signs. Ids are roster ids, SIP addresses `user@domain` as
 * `rosterSipAddress` gives them; `kid` names the CRM key (sync item
 * `supervision-key`) whose private half signed it; the nonce (≥ 128 random
 * bits, base64url) makes each grant usable once.
 */
export const grantPayloadSchema = z
  .object({
    v: z.literal(1),
    kid: z.string().min(1).max(200),
    supervisorId: z.string().min(1).max(200),
    supervisorSip: z.string().min(3).max(300),
    agentId: z.string().min(1).max(200),
    agentSip: z.string().min(3).max(300),
    maxMode: z.enum(supervisionModes),
    issuedAt: z.number().int().nonnegative(),
    expiresAt: z.number().int().nonnegative(),
    nonce: z.string().min(22).max(200).regex(base64url),
  })
  .refine((grant) => grant.expiresAt > grant.issuedAt && grant.expiresAt - grant.issuedAt <= grantMaxLifetimeMs, {
    message: `a grant must expire after it is issued, within ${grantMaxLifetimeMs} ms`,
    path: ['expiresAt'],
  });
export type GrantPayload = z.infer<typeof grantPayloadSchema>;

/** A token is short: anything longer is not one (and is not worth parsing). */
export const grantMaxLength = 4_096;

function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array | null {
  if (!base64url.test(text)) return null;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    // atob refuses a length no base64 text can have: not a token.
    return null;
  }
}

/** The part of a token the signature covers: base64url of the payload's JSON (its ASCII is what is signed). */
export function grantSigningInput(payload: GrantPayload): string {
  return toBase64url(new TextEncoder().encode(JSON.stringify(payload)));
}

/** `<signing input>.<base64url signature>`: what travels in `X-Parley-Supervision`. */
export function grantToken(signingInput: string, signature: Uint8Array): string {
  return `${signingInput}.${toBase64url(signature)}`;
}

export interface ParsedGrant {
  payload: GrantPayload;
  /** The bytes the signature must cover. */
  signed: Uint8Array;
  signature: Uint8Array;
}

/** A token split and its payload checked against the schema; null when it is not a grant at all ("malformed"). */
export function parseGrant(token: string): ParsedGrant | null {
  if (token.length > grantMaxLength) return null;
  const [signingInput, signaturePart, ...rest] = token.split('.');
  if (signingInput === undefined || signaturePart === undefined || rest.length > 0) return null;
  const payloadBytes = fromBase64url(signingInput);
  const signature = fromBase64url(signaturePart);
  if (payloadBytes === null || signature === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payloadBytes));
  } catch {
    // Not UTF-8 JSON: not a grant.
    return null;
  }
  const payload = grantPayloadSchema.safeParse(json);
  return payload.success ? { payload: payload.data, signed: new TextEncoder().encode(signingInput), signature } : null;
}

// ---- The contract's shapes (supervision.* methods) ----

const rosterId = z.string().min(1).max(200);

export const grantRequestSchema = z.object({ agentId: rosterId, mode: z.enum(supervisionModes) }).strict();
export type GrantRequest = z.infer<typeof grantRequestSchema>;

/** A grant for one monitoring call: the token to carry, when it stops being accepted, whom to call and in which mode. */
export const grantSchema = z.object({
  grant: z.string(),
  expiresAt: z.number().int(),
  agentSipAddress: z.string(),
  mode: z.enum(supervisionModes),
});
export type Grant = z.infer<typeof grantSchema>;

export const grantVerifyRequestSchema = z
  .object({
    grant: z.string().max(grantMaxLength),
    /** The mode the call asks for (`X-Parley-Supervision-Mode`, or the mode of an in-dialog change). */
    mode: z.enum(supervisionModes),
    /** The caller as the INVITE's From names it (any form `rosterSipAddress` reads). */
    fromSipAddress: z.string().max(300),
  })
  .strict();
export type GrantVerifyRequest = z.infer<typeof grantVerifyRequestSchema>;

export const verifiedGrantSchema = z.object({
  supervisorId: z.string(),
  /** From this console's roster; the grant's id when the roster does not know them. */
  supervisorName: z.string(),
  agentId: z.string(),
  maxMode: z.enum(supervisionModes),
  expiresAt: z.number().int(),
});
export type VerifiedGrant = z.infer<typeof verifiedGrantSchema>;

/** Why an agent's console refused a grant (each is written to its audit log). */
export const grantRefusalReasons = ['malformed', 'unknown-key', 'forged', 'expired', 'replayed', 'wrong-agent', 'wrong-supervisor', 'mode-not-granted'] as const;
export type GrantRefusalReason = (typeof grantRefusalReasons)[number];

export const supervisionSides = ['supervisor', 'agent'] as const;
export const supervisionEvents = ['started', 'mode-changed', 'ended'] as const;
/** Why a monitoring session ended. */
export const supervisionEndReasons = [
  'call-ended',
  'call-transferred',
  'supervisor-stopped',
  'agent-refused',
  'agent-stopped',
  'grant-refused',
  'connection-lost',
  'setup-failed',
] as const;
export type SupervisionEndReason = (typeof supervisionEndReasons)[number];

/** One event of a monitoring session, as either console saw it. */
export const supervisionSessionEventSchema = z
  .object({
    /** A UUID the supervisor's console makes; the agent's console learns it from the call. */
    sessionId: z.uuid(),
    side: z.enum(supervisionSides),
    event: z.enum(supervisionEvents),
    /** The mode from now on (`ended`: the mode it ended in). */
    mode: z.enum(supervisionModes),
    supervisorId: rosterId,
    agentId: rosterId,
    /** The customer call's SIP Call-ID. */
    callId: z.string().min(1).max(300),
    /** The customer call on this console (`calls.start`), when it knows it. */
    interactionId: z.number().int().positive().optional(),
    /** Why it ended: given with `ended`, and only then. */
    reason: z.enum(supervisionEndReasons).optional(),
    at: z.number().int().nonnegative(),
  })
  .strict()
  .refine((event) => (event.event === 'ended') === (event.reason !== undefined), {
    message: 'an ended session says why, and only an ended one',
    path: ['reason'],
  });
export type SupervisionSessionEvent = z.infer<typeof supervisionSessionEventSchema>;
