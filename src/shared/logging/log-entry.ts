import { z } from 'zod';

export const logLevels = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof logLevels)[number];

/** A renderer log line's context, serialized: bounded so that a runaway loop cannot fill the disk quickly. */
export const maxLogContextCharacters = 8_000;

export const logWriteSchema = z
  .object({
    level: z.enum(logLevels),
    /** Where in the page it came from, e.g. `phone` or `wrap-up`. */
    scope: z.string().regex(/^[a-z0-9.-]{1,40}$/, 'must be a short lower-case name').default('renderer'),
    message: z.string().min(1).max(2_000),
    context: z
      .record(z.string().max(100), z.unknown())
      .optional()
      .refine((context) => context === undefined || JSON.stringify(context).length <= maxLogContextCharacters, {
        message: `must serialize to at most ${maxLogContextCharacters} characters`,
      }),
  })
  .strict();
export type LogWrite = z.input<typeof logWriteSchema>;

/** One SIP message the page's phone sent or received, reported for the support bundle's trace (redacted in main). */
export const sipTraceEntrySchema = z
  .object({
    /** When it passed through the page (ms since the epoch): the page reports messages in batches, later. */
    at: z.number().int().min(0).max(8_640_000_000_000_000),
    direction: z.enum(['sent', 'received']),
    message: z.string().min(1).max(64_000),
  })
  .strict();
export type SipTraceEntry = z.infer<typeof sipTraceEntrySchema>;

/** How many SIP messages one report carries at most. */
export const maxSipTraceBatch = 32;

export const sipTraceBatchSchema = z
  .object({ entries: z.array(sipTraceEntrySchema).min(1).max(maxSipTraceBatch) })
  .strict();
