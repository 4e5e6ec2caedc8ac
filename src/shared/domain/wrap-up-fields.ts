/** Wrap-up fields a script's captured answer can prefill (seed 000: what the customer wanted, what we offered). */
export const wrapUpFieldsFedByScripts = ['customer-wanted', 'we-offered'] as const;
export type WrapUpFieldFedByScript = (typeof wrapUpFieldsFedByScripts)[number];
