import { z } from 'zod';

/**
 * The URI schemes Parley dials for the operating system: RFC 3966 `tel:`,
 * RFC 3261 `sip:`/`sips:`, and `callto:`, which many CRMs still write for a
 * number (a Skype-era habit).
 */
export const dialLinkSchemes = ['tel', 'sip', 'sips', 'callto'] as const;

/** Why a link cannot be dialled, specific enough for the agent to see what is wrong with it. */
export const dialLinkProblems = ['not-a-phone-number', 'not-a-sip-address', 'not-a-dial-link'] as const;
export type DialLinkProblem = (typeof dialLinkProblems)[number];

/** How much of a bad link the agent is shown: enough to recognise it, never a wall of text. */
const shownLinkLength = 120;
/** Far longer than any real SIP address; a longer one is not an address but an attack or an accident. */
const maxSipAddressLength = 256;

export const dialRequestSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), target: z.string().min(1).max(maxSipAddressLength + 'sip:'.length) }),
  z.object({ ok: z.literal(false), problem: z.enum(dialLinkProblems), link: z.string().max(shownLinkLength + 1) }),
]);
/** What a `tel:`/`sip:` link asks for: a target ready to dial, or why there is none. */
export type DialRequest = z.infer<typeof dialRequestSchema>;

function schemeOf(link: string): string | null {
  return /^([a-z][a-z0-9+.-]*):/i.exec(link)?.[1]?.toLowerCase() ?? null;
}

/** Whether a string is a link Parley handles (what it says may still be wrong: see `readDialLink`). */
export function hasDialLinkScheme(text: string): boolean {
  const scheme = schemeOf(text.trim());
  return scheme !== null && (dialLinkSchemes as readonly string[]).includes(scheme);
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    // A stray `%` is a broken link, not a reason to fail.
    return null;
  }
}

/** A number as written in a tel:/callto: link, visual separators dropped (RFC 3966 §5.1.1). */
function phoneNumberIn(text: string | undefined): string | null {
  const number = text === undefined ? null : decoded(text)?.replace(/[\s().-]/g, '');
  return number && /^\+?\d{2,20}$/.test(number) ? number : null;
}

function problem(problem: DialLinkProblem, link: string): DialRequest {
  return { ok: false, problem, link: link.length > shownLinkLength ? `${link.slice(0, shownLinkLength)}…` : link };
}

/**
 * What a `tel:`, `sip:` or `callto:` link (as a CRM, a web page or the OS
 * writes it) asks to dial. Parameters (`;ext=`, `;transport=`) and headers
 * are dropped; a `sips:` address is dialled as `sip:` (our transport is
 * already TLS or loopback).
 */
export function readDialLink(link: string): DialRequest {
  const trimmed = link.trim();
  switch (schemeOf(trimmed)) {
    case 'tel': {
      const number = phoneNumberIn(/^tel:([^;?]+)/i.exec(trimmed)?.[1]);
      return number ? { ok: true, target: number } : problem('not-a-phone-number', trimmed);
    }
    case 'callto': {
      const number = phoneNumberIn(/^callto:(?:\/\/)?([^;?/]+)/i.exec(trimmed)?.[1]);
      return number ? { ok: true, target: number } : problem('not-a-phone-number', trimmed);
    }
    case 'sip':
    case 'sips': {
      const address = /^sips?:([^;?>\s]+@[^;?>\s]+)/i.exec(trimmed)?.[1];
      return address && address.length <= maxSipAddressLength ? { ok: true, target: `sip:${address}` } : problem('not-a-sip-address', trimmed);
    }
    default:
      return problem('not-a-dial-link', trimmed);
  }
}
