import { z } from 'zod';
import { languageSchema } from './language';
import { monitoringDialStringSchema } from './monitoring-dial';

/** How keypad tones travel: in the media (RFC 4733), or as SIP INFO for servers that need it. */
export const dtmfMethods = ['rfc4733', 'sip-info'] as const;
export type DtmfMethod = (typeof dtmfMethods)[number];

/** How the console looks: `system` follows the operating system's light or dark (and its "more contrast" wish). */
export const themePreferences = ['system', 'light', 'dark', 'high-contrast'] as const;
export type ThemePreference = (typeof themePreferences)[number];

export const languagePreferenceSchema = z.union([z.literal('system'), languageSchema]);

/**
 * A remembered audio device. Browsers may hand out a new id for the same
 * headset (another profile, cleared site data, another USB port on some
 * systems), so the label is kept too and the device is found again by it.
 * `null` is the operating system's default device.
 */
export const audioDeviceChoiceSchema = z
  .object({
    id: z.string().min(1, 'must name a device').max(512, 'is too long for a device id'),
    label: z.string().max(256, 'is too long for a device name'),
  })
  .strict()
  .nullable();
export type AudioDeviceChoice = z.infer<typeof audioDeviceChoiceSchema>;

export const settingsSchema = z.object({
  /** `system` follows the operating system's language. */
  language: languagePreferenceSchema,
  theme: z.enum(themePreferences),
  /** ISO 3166-1 alpha-2 country used to read numbers typed without a country code. */
  defaultCountry: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO country code'),
  dtmfMethod: z.enum(dtmfMethods),
  /** After-call work: how long wrap-up may last before the agent is available again. */
  wrapUpSeconds: z.number().int().min(0).max(3600),
  /** Policy: the agent cannot leave wrap-up (nor does its limit end it) until the call has a disposition. */
  requireDisposition: z.boolean(),
  /** While the agent is not ready, new calls are redirected here (a colleague, a queue); empty: callers hear busy. */
  notReadyForwardTo: z
    .string()
    .trim()
    .max(200, 'must be at most 200 characters')
    .regex(/^(sip:)?[A-Za-z0-9+._~-]*(@[A-Za-z0-9.-]+(:\d+)?)?$/, 'must be a phone number, a SIP user or a sip: address'),
  /** What the agent speaks into. */
  microphone: audioDeviceChoiceSchema,
  /** Where the customer is heard (and the call-waiting and auto-answer tones, which belong in the agent's ear). */
  speaker: audioDeviceChoiceSchema,
  /** Where incoming calls ring: often the desk speakers, so a ring is heard with the headset off. */
  ringDevice: audioDeviceChoiceSchema,
  echoCancellation: z.boolean(),
  noiseSuppression: z.boolean(),
  autoGainControl: z.boolean(),
  /** Take a ringing call without a key press (only when the agent has no other call). */
  autoAnswer: z.boolean(),
  /** How long the call rings before it is taken automatically. */
  autoAnswerDelaySeconds: z.number().int().min(0).max(30),
  /** Sites whose PBX monitors natively: what a supervisor's Listen, Whisper and Barge dial instead of the console's own mix (empty: the mix). */
  monitoringDialListen: monitoringDialStringSchema,
  monitoringDialWhisper: monitoringDialStringSchema,
  monitoringDialBarge: monitoringDialStringSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  language: 'system',
  theme: 'system',
  defaultCountry: 'RU',
  dtmfMethod: 'rfc4733',
  wrapUpSeconds: 60,
  requireDisposition: false,
  notReadyForwardTo: '',
  microphone: null,
  speaker: null,
  ringDevice: null,
  echoCancellation: true,
  noiseSuppression: true,
  autoGainControl: true,
  autoAnswer: false,
  autoAnswerDelaySeconds: 2,
  monitoringDialListen: '',
  monitoringDialWhisper: '',
  monitoringDialBarge: '',
};

export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
