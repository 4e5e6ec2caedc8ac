import { z } from 'zod';
import { contractErrorSchema } from './error';

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

export const electronChannels = { call: 'parley:call', event: 'parley:event' } as const;
