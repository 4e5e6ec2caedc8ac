import { z } from 'zod';

/** The CRM's address may use https anywhere, http only to this computer. */
export const crmSchemes = { secure: 'https', plain: 'http', plainOnlyToLoopback: true };
export const crmUrlMaxLength = 2000;
export const crmTokenMaxLength = 4096;

/**
 * Where the CRM's sync endpoint is (docs/SYNC.md). The token is a secret:
 * written, never read back. What the address and token may be is checked by
 * the method itself (`crmConnectionProblem`), which answers a typed error kind.
 */
export const crmConnectionSaveSchema = z
  .object({
    /** Empty string: no CRM (the console works on its own cache). */
    url: z.string().trim(),
    token: z.string().optional(),
  })
  .strict();
export type CrmConnectionSave = z.infer<typeof crmConnectionSaveSchema>;

export const crmConnectionViewSchema = z.object({ url: z.string(), hasToken: z.boolean() });
export type CrmConnectionView = z.infer<typeof crmConnectionViewSchema>;
