import { z } from 'zod';
import { policyKeySpec, policyKeyNames, type PolicyKeyName } from './policy-keys';
import { policyProblemSchema } from './policy-rule';
import { policyTargetSchema, type PolicyTarget } from './policy-target';
import type { PolicyValue } from './policy-type';
import type { PolicyLayer, PolicyValues } from './validate-policy';

const policyValueSchema = z.union([z.boolean(), z.number(), z.string(), z.array(z.string())]);

/** What the console applies: the values IT set, the settings they lock, and every key that was ignored. */
export const effectivePolicySchema = z.object({
  /** Set and locked. */
  mandatory: z.record(z.string(), policyValueSchema),
  /** Defaults the agent may change (keys that are also mandatory somewhere are not here). */
  recommended: z.record(z.string(), policyValueSchema),
  /** Each locked setting and the key that locks it. */
  locks: z.array(z.object({ target: policyTargetSchema, key: z.string() })),
  problems: z.array(policyProblemSchema),
  /** The sources that held a policy (files, registry keys), highest precedence first. */
  sources: z.array(z.string()),
});
export type EffectivePolicy = z.infer<typeof effectivePolicySchema>;

export const noPolicy: EffectivePolicy = { mandatory: {}, recommended: {}, locks: [], problems: [], sources: [] };

function firstWins(layers: readonly PolicyValues[], skip: (key: PolicyKeyName) => boolean = () => false): PolicyValues {
  const merged: PolicyValues = {};
  for (const key of policyKeyNames) {
    if (skip(key)) continue;
    const layer = layers.find((values) => values[key] !== undefined);
    if (layer) merged[key] = layer[key];
  }
  return merged;
}

function locksOf(mandatory: PolicyValues): EffectivePolicy['locks'] {
  return policyKeyNames.flatMap((key) => {
    const value = mandatory[key];
    if (value === undefined) return [];
    const spec = policyKeySpec(key);
    const targets: PolicyTarget[] = [...(spec.sets ? [spec.sets] : []), ...(spec.locksWhen?.value === value ? spec.locksWhen.targets : [])];
    return targets.map((target) => ({ target, key }));
  });
}

/**
 * Merges the layers, highest precedence first (machine before user): a key
 * takes the first layer's value that sets it, so a user-level source can add
 * keys but never change one set for the machine. A key set (locked) at any
 * level outranks a recommended default at every level, as in Chrome's policy model.
 */
export function mergePolicy(layers: readonly PolicyLayer[]): EffectivePolicy {
  const mandatory = firstWins(layers.map((layer) => layer.mandatory));
  const recommended = firstWins(
    layers.map((layer) => layer.recommended),
    (key) => mandatory[key] !== undefined,
  );
  const used = layers.filter((layer) => Object.keys(layer.mandatory).length + Object.keys(layer.recommended).length + layer.problems.length > 0);
  return {
    mandatory,
    recommended,
    locks: locksOf(mandatory),
    problems: layers.flatMap((layer) => layer.problems),
    sources: used.map((layer) => layer.source),
  };
}

/** The key locking a setting, if any. */
export function lockOf(policy: EffectivePolicy, target: PolicyTarget): string | null {
  return policy.locks.find((lock) => lock.target === target)?.key ?? null;
}

export function policyValue(policy: EffectivePolicy, key: PolicyKeyName): PolicyValue | undefined {
  return policy.mandatory[key] ?? policy.recommended[key];
}
