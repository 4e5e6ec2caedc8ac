import { z } from 'zod';
import { addressProblem } from './endpoint-address';

/** SIP over plain ws:// stays allowed off loopback: digest authentication never sends the password itself. */
const sipSchemes = { secure: 'wss', plain: 'ws', plainOnlyToLoopback: false };
const sipServerMessages = {
  scheme: 'must be a ws:// or wss:// address',
  credentials: 'must not contain a user name or password: the password field keeps the secret',
  insecure: 'must be a wss:// address',
};

/** The agent's SIP account. The password never travels with it: it is a secret, kept apart. */
export const phoneAccountSchema = z.object({
  /** SIP over WebSocket: ws:// or wss://. */
  server: z
    .string()
    .trim()
    .max(2048)
    .superRefine((value, context) => {
      const problem = addressProblem(value, sipSchemes);
      if (problem) context.addIssue({ code: 'custom', message: sipServerMessages[problem], params: { problem } });
    }),
  username: z.string().trim().min(1, 'must not be empty').max(128).regex(/^[^\s@:;]+$/, 'must not contain spaces, @, : or ;'),
  domain: z.string().trim().min(1, 'must not be empty').max(253).regex(/^[A-Za-z0-9.\-[\]:]+$/, 'must be a host name or address'),
  displayName: z.string().trim().max(128),
});
export type PhoneAccount = z.infer<typeof phoneAccountSchema>;

export const phoneAccountViewSchema = phoneAccountSchema.extend({ hasPassword: z.boolean() });
export type PhoneAccountView = z.infer<typeof phoneAccountViewSchema>;

/** Saving without a password keeps the one already stored. */
export const phoneAccountSaveSchema = phoneAccountSchema.extend({ password: z.string().min(1).max(256).optional() }).strict();
export type PhoneAccountSave = z.infer<typeof phoneAccountSaveSchema>;
