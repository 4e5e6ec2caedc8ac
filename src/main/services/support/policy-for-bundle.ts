/**
 * The managed configuration as the support bundle shows it: the effective
 * values and what was wrong with the policy as IT wrote it. The policy module
 * (src/shared/policy, `policy.get`) provides it once wired; until then there
 * is none.
 */
export interface PolicyForBundle {
  /** Where the policy was read from (registry key, managed preferences, /etc file), or `none`. */
  source: string;
  effective: Record<string, unknown>;
  problems: { key: string; message: string }[];
}

export type PolicyProvider = () => PolicyForBundle;

export const noManagedConfiguration: PolicyProvider = () => ({
  source: 'none: no managed configuration',
  effective: {},
  problems: [],
});
