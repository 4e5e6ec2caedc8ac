/**
 * The managed configuration as the support bundle shows it: the effective
 * values and what was wrong with the policy as IT wrote it (made from the
 * effective policy by services/policy/policy-for-services.ts).
 */
export interface PolicyForBundle {
  /** Where the policy was read from (registry key, managed preferences, /etc file), or `none`. */
  source: string;
  effective: Record<string, unknown>;
  problems: { key: string; message: string }[];
}

export type PolicyProvider = () => PolicyForBundle;
