import { z } from 'zod';

/** Where the CRM's sync endpoint is (docs/SYNC.md). The token is a secret: written, never read back. */
export const crmConnectionSaveSchema = z
  .object({
    /** Empty string: no CRM (the console works on its own cache). */
    url: z
      .string()
      .trim()
      .max(2000, 'must be at most 2000 characters')
      .refine((url) => url === '' || /^https?:\/\/[^\s]+$/.test(url), 'must be an http:// or https:// address'),
    token: z.string().max(4096, 'must be at most 4096 characters').optional(),
  })
  .strict();
export type CrmConnectionSave = z.infer<typeof crmConnectionSaveSchema>;

export const crmConnectionViewSchema = z.object({ url: z.string(), hasToken: z.boolean() });
export type CrmConnectionView = z.infer<typeof crmConnectionViewSchema>;
