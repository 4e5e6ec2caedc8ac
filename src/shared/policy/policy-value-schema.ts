import { z } from 'zod';
import type { PolicyRule } from './policy-rule';
import type { PolicyType, PolicyValue } from './policy-type';

/** A check's broken rule as a zod issue, to be read back by `ruleOfIssue`. */
function refineWith<T>(check: ((value: T) => PolicyRule | null) | undefined) {
  return (value: T, context: z.core.$RefinementCtx<T>) => {
    const rule = check?.(value);
    if (rule) context.addIssue({ code: 'custom', message: rule.code, params: { rule } });
  };
}

/** The registry's DWORD 0/1 is a boolean there. */
const registryBoolean = (value: unknown) => (value === 0 ? false : value === 1 ? true : value);
/** The registry has no fractions: "3.5" arrives as text. */
const decimalText = (value: unknown) => (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value);

/** The zod schema of one key's value, built from its type. */
export function policyValueSchema(type: PolicyType): z.ZodType<PolicyValue> {
  switch (type.kind) {
    case 'boolean':
      return z.preprocess(registryBoolean, z.boolean());
    case 'integer':
      return z.number().int().min(type.min).max(type.max);
    case 'decimal':
      return z.preprocess(decimalText, z.number().min(type.min).max(type.max));
    case 'enum':
      return z.enum(type.values as [string, ...string[]]);
    case 'text':
      return z.string().trim().max(type.maxLength).superRefine(refineWith(type.check));
    case 'list':
      return z.array(z.string().trim().max(type.maxLength)).max(type.maxItems).superRefine(refineWith(type.check));
  }
}

const expectedOf = { boolean: 'boolean', integer: 'integer', decimal: 'number', enum: 'text', text: 'text', list: 'list' } as const;

/** The rule a zod issue on a key of this type stands for. */
export function ruleOfIssue(issue: z.core.$ZodIssue, type: PolicyType): PolicyRule {
  if (issue.code === 'custom') return (issue.params as { rule: PolicyRule }).rule;
  if (issue.code === 'invalid_value' && type.kind === 'enum') return { code: 'not_one_of', allowed: [...type.values] };
  if ((issue.code === 'too_big' || issue.code === 'too_small') && (type.kind === 'integer' || type.kind === 'decimal')) {
    return { code: 'out_of_range', min: type.min, max: type.max };
  }
  if (issue.code === 'too_big' && issue.origin === 'string') return { code: 'too_long', max: Number(issue.maximum) };
  if (issue.code === 'too_big' && issue.origin === 'array') return { code: 'too_many', max: Number(issue.maximum) };
  // invalid_type, a fraction for an integer: the value is not of the key's type.
  return { code: 'wrong_type', expected: issue.path.length > 0 && type.kind === 'list' ? 'text' : expectedOf[type.kind] };
}
