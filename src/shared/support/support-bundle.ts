import { z } from 'zod';

/** One line of the readiness check (microphone, speaker, server…) as the page last saw it. */
export const readinessReportSchema = z
  .object({
    ranAt: z.number().int().nonnegative(),
    checks: z
      .array(
        z
          .object({
            name: z.string().max(40),
            outcome: z.enum(['ok', 'warning', 'failed', 'skipped']),
            /** A code or a short technical detail (never a device label: those can name a person). */
            detail: z.string().max(200).optional(),
          })
          .strict(),
      )
      .max(20),
  })
  .strict();
export type ReadinessReport = z.infer<typeof readinessReportSchema>;

export const supportBundleRequestSchema = z.object({ readiness: readinessReportSchema.nullable().default(null) }).strict();

export const supportBundleResultSchema = z.object({
  /** Where the zip was written (the data folder's support/, readable by this OS user only). */
  path: z.string(),
  bytes: z.number().int().nonnegative(),
  entries: z.array(z.string()),
});
export type SupportBundleResult = z.infer<typeof supportBundleResultSchema>;
