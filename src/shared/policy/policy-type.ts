import type { PolicyRule } from './policy-rule';

/**
 * The shape of a key's value, the same on every OS: what the validator
 * accepts and what the ADMX element, the .mobileconfig and the sample
 * policy.json are generated from. The registry has no booleans, fractions or
 * arrays, so a boolean may also be a DWORD 0/1, a decimal a REG_SZ "3.5", and
 * a list is a subkey of REG_SZ values named 1, 2, 3… (what Group Policy's
 * list element writes).
 */
export type PolicyType =
  | { kind: 'boolean' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'decimal'; min: number; max: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'text'; maxLength: number; check?: (value: string) => PolicyRule | null }
  | { kind: 'list'; maxItems: number; maxLength: number; check?: (items: readonly string[]) => PolicyRule | null };

export type PolicyValue = boolean | number | string | string[];
