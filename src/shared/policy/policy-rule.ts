import { z } from 'zod';

/**
 * Why a policy key (or a whole policy source) was ignored. A code and its
 * details, never prose: the log and the support bundle word it in English
 * (`policyRuleText`), the Administration notice in the console's language.
 */
export const policyRuleSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('unknown_key') }),
  z.object({ code: z.literal('wrong_type'), expected: z.enum(['boolean', 'integer', 'number', 'text', 'list', 'dictionary']) }),
  z.object({ code: z.literal('out_of_range'), min: z.number(), max: z.number() }),
  z.object({ code: z.literal('not_one_of'), allowed: z.array(z.string()) }),
  z.object({ code: z.literal('too_long'), max: z.number() }),
  z.object({ code: z.literal('too_many'), max: z.number() }),
  z.object({ code: z.literal('not_https_address') }),
  z.object({ code: z.literal('not_sip_server_address') }),
  z.object({ code: z.literal('not_host_name') }),
  z.object({ code: z.literal('no_call_placeholder') }),
  z.object({ code: z.literal('not_time_window') }),
  z.object({ code: z.literal('not_absolute_path') }),
  z.object({ code: z.literal('not_dial_string') }),
  z.object({ code: z.literal('unsafe_scheme') }),
  z.object({ code: z.literal('not_a_scheme') }),
  /** The source could not be read (not the "no policy here" case, which is no problem at all). */
  z.object({ code: z.literal('unreadable'), reason: z.string() }),
  z.object({ code: z.literal('not_json') }),
  z.object({ code: z.literal('not_plist') }),
  /** A machine policy file someone other than root owns: a user could have planted it. */
  z.object({ code: z.literal('not_owned_by_root') }),
  /** A machine policy file others than its owner may write: a user could have changed it. */
  z.object({ code: z.literal('writable_by_others') }),
]);
export type PolicyRule = z.infer<typeof policyRuleSchema>;
export type PolicyRuleCode = PolicyRule['code'];

/** One ignored key: where it came from, its dotted path there, and the rule it breaks. */
export const policyProblemSchema = z.object({
  /** The file or registry key read, e.g. `/etc/parley/policy.json` or `HKLM\Software\Policies\Parley`. */
  source: z.string(),
  /** The key's dotted path, `recommended.` first for a recommended value; `(file)` for the source as a whole. */
  path: z.string(),
  rule: policyRuleSchema,
});
export type PolicyProblem = z.infer<typeof policyProblemSchema>;

/** For the log and the support bundle (IT reads them in English). */
export function policyRuleText(rule: PolicyRule): string {
  switch (rule.code) {
    case 'unknown_key':
      return 'is not a Parley policy key';
    case 'wrong_type':
      return `must be ${rule.expected === 'integer' ? 'an integer' : `a ${rule.expected}`}`;
    case 'out_of_range':
      return `must be between ${rule.min} and ${rule.max}`;
    case 'not_one_of':
      return `must be one of ${rule.allowed.join(', ')}`;
    case 'too_long':
      return `must be at most ${rule.max} characters`;
    case 'too_many':
      return `must have at most ${rule.max} items`;
    case 'not_https_address':
      return 'must be an https:// address';
    case 'not_sip_server_address':
      return 'must be a wss:// or ws:// address without a user name or password';
    case 'not_host_name':
      return 'must be a host name or address';
    case 'no_call_placeholder':
      return 'must be an https:// address containing {callId}';
    case 'not_time_window':
      return 'must be a daily window HH:MM-HH:MM';
    case 'not_absolute_path':
      return 'must be an absolute file path';
    case 'not_dial_string':
      return 'must be a dial string: digits, *, #, a SIP user or address, and {agentExtension}';
    case 'unsafe_scheme':
      return 'may not allow javascript:, data:, file:, vbscript: or blob: links';
    case 'not_a_scheme':
      return 'must be a list of URL schemes (lowercase letters, digits, +, - and .)';
    case 'unreadable':
      return `could not be read (${rule.reason})`;
    case 'not_json':
      return 'is not a JSON object';
    case 'not_plist':
      return 'is not a property list holding a dictionary';
    case 'not_owned_by_root':
      return 'is not owned by root, so it was not trusted';
    case 'writable_by_others':
      return 'may be written by users other than its owner, so it was not trusted';
  }
}

export function policyProblemText(problem: PolicyProblem): string {
  return `Policy key \`${problem.path}\` in ${problem.source}: ${policyRuleText(problem.rule)} — ignored`;
}
