import { z } from 'zod';
import { addressProblem } from './endpoint-address';

const crmSchemes = { secure: 'https', plain: 'http', plainOnlyToLoopback: true };

/** For IT reading a log; the console shows the problem kind (`params.problem`) in the agent's language. */
const crmAddressMessages = {
  scheme: 'must be an https:// address',
  credentials: 'must not contain a user name or password: the token field keeps the secret',
  insecure: 'must use https:// (http:// only to this computer: localhost, 127.0.0.1, ::1)',
};

/** Where the CRM's sync endpoint is (docs/SYNC.md). The token is a secret: written, never read back. */
export const crmConnectionSaveSchema = z
  .object({
    /** Empty string: no CRM (the console works on its own cache). */
    url: z
      .string()
      .trim()
      .max(2000, 'must be at most 2000 characters')
      .superRefine((url, context) => {
        const problem = url === '' ? null : addressProblem(url, crmSchemes);
        if (problem) context.addIssue({ code: 'custom', message: crmAddressMessages[problem], params: { problem } });
      }),
    token: z.string().max(4096, 'must be at most 4096 characters').optional(),
  })
  .strict();
export type CrmConnectionSave = z.infer<typeof crmConnectionSaveSchema>;

export const crmConnectionViewSchema = z.object({ url: z.string(), hasToken: z.boolean() });
export type CrmConnectionView = z.infer<typeof crmConnectionViewSchema>;
