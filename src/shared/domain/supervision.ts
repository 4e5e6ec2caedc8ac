/**
 * PROVISIONAL copy of what h/grants provides (listen / whisper / barge and
 * the SIP headers of a monitoring call); replaced by that branch's file when
 * it is merged.
 */
export const supervisionModes = ['listen', 'whisper', 'barge'] as const;
export type SupervisionMode = (typeof supervisionModes)[number];

/** Carries the CRM's signed grant in the monitoring INVITE. */
export const supervisionGrantHeader = 'X-Parley-Supervision';
/** Carries the mode the supervisor starts in. */
export const supervisionModeHeader = 'X-Parley-Supervision-Mode';
