import { mergePolicy, type EffectivePolicy } from '@shared/policy/effective-policy';
import { policyProblemText } from '@shared/policy/policy-rule';
import { refusedLayer } from '@shared/policy/validate-policy';
import type { PolicySource } from './policy-source';

/**
 * Reads every source (highest precedence first) and merges them. Nothing here
 * stops the console: a source that fails unexpectedly becomes one more problem.
 */
export async function readPolicy(sources: readonly PolicySource[]): Promise<EffectivePolicy> {
  const layers = await Promise.all(
    sources.map((source) =>
      source.read().catch((error: unknown) => refusedLayer(source.name, { rule: { code: 'unreadable', reason: error instanceof Error ? error.message.slice(0, 200) : 'read failed' } })),
    ),
  );
  return mergePolicy(layers.filter((layer) => layer !== null));
}

/** Every ignored key in the log, with its source, path and rule. Policy values themselves are not logged: a URL may carry a tenant's name. */
export function logPolicy(policy: EffectivePolicy, log: (line: string) => void = (line) => console.warn(line)): void {
  if (policy.sources.length > 0) log(`[parley] policy read from ${policy.sources.join(', ')}; settings locked: ${policy.locks.length}`);
  for (const problem of policy.problems) log(`[parley] ${policyProblemText(problem)}`);
}
