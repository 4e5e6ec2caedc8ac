import { z } from 'zod';
import { languageSchema } from './language';

export const languagePreferenceSchema = z.union([z.literal('system'), languageSchema]);

export const settingsSchema = z.object({
  /** `system` follows the operating system's language. */
  language: languagePreferenceSchema,
  /** ISO 3166-1 alpha-2 country used to read numbers typed without a country code. */
  defaultCountry: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO country code'),
  /** How keypad tones travel: in the media (RFC 4733), or as SIP INFO for servers that need it. */
  dtmfMethod: z.enum(['rfc4733', 'sip-info']),
  /** After-call work: how long wrap-up may last before the agent is available again. */
  wrapUpSeconds: z.number().int().min(0).max(3600),
  /** While the agent is not ready, new calls are redirected here (a colleague, a queue); empty: callers hear busy. */
  notReadyForwardTo: z
    .string()
    .trim()
    .max(200, 'must be at most 200 characters')
    .regex(/^(sip:)?[A-Za-z0-9+._~-]*(@[A-Za-z0-9.-]+(:\d+)?)?$/, 'must be a phone number, a SIP user or a sip: address'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { language: 'system', defaultCountry: 'RU', dtmfMethod: 'rfc4733', wrapUpSeconds: 60, notReadyForwardTo: '' };

export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
