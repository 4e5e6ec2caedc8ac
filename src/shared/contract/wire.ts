import { z } from 'zod';
import { contractErrorSchema, type ContractError } from './error';
import { maxScriptTextLength } from './limits';

/** Messages of the browser shell's WebSocket; Electron IPC carries the same pieces natively. */
export const wireRequestSchema = z.object({
  id: z.number().int().nonnegative(),
  method: z.string().max(100),
  params: z.unknown(),
});
export type WireRequest = z.infer<typeof wireRequestSchema>;

export const wireServerMessageSchema = z.union([
  z.object({ id: z.number().int(), ok: z.literal(true), value: z.unknown() }),
  z.object({ id: z.number().int().nullable(), ok: z.literal(false), error: contractErrorSchema }),
  z.object({ event: z.string(), payload: z.unknown() }),
]);
export type WireServerMessage = z.infer<typeof wireServerMessageSchema>;

/**
 * The messages of one frame from the host: one message, or several that were
 * ready together as a JSON array, in the order they were sent. Anything that
 * is not a message is left out (the page asked nothing that could answer it).
 */
export function wireServerMessages(frame: string): WireServerMessage[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(frame);
  } catch {
    return [];
  }
  return (Array.isArray(parsed) ? parsed : [parsed]).flatMap((item) => {
    const message = wireServerMessageSchema.safeParse(item);
    return message.success ? [message.data] : [];
  });
}

export const electronChannels = { call: 'parley:call', event: 'parley:event' } as const;

/**
 * The largest request either end of the browser shell's socket accepts, in
 * UTF-8 bytes. It must hold the largest text the contract allows written as
 * badly as JSON can: every UTF-16 unit of a 1,000,000-character script as a
 * six-byte `\uXXXX` escape (a control character or half a surrogate pair).
 */
export const maxRequestBytes = 6 * maxScriptTextLength + 64 * 1024;

/** The answer to a request over that limit, naming it. */
export function requestTooLarge(bytes: number): ContractError {
  return {
    code: 'invalid_request',
    message: `The request is ${bytes} bytes; the limit is ${maxRequestBytes} bytes`,
    field: '(root)',
  };
}
