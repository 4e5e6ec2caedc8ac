import { isPolicyKeyName, policyKeySpec, type PolicyKeyName } from './policy-keys';
import type { PolicyProblem } from './policy-rule';
import type { PolicyValue } from './policy-type';
import { policyValueSchema, ruleOfIssue } from './policy-value-schema';

export type PolicyValues = Partial<Record<PolicyKeyName, PolicyValue>>;

/** What one source says, once checked: the keys it locks, the defaults it recommends, and what was ignored. */
export interface PolicyLayer {
  source: string;
  mandatory: PolicyValues;
  recommended: PolicyValues;
  problems: PolicyProblem[];
}

/** Values under this key are defaults the agent may change; everything else is set and locked. */
export const recommendedKey = 'recommended';

function isDictionary(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ "sip": { "server": … } }` and `{ "sip.server": … }` say the same: nested dictionaries read well in a plist. */
function flatten(document: Record<string, unknown>, prefix = ''): [string, unknown][] {
  return Object.entries(document).flatMap(([name, value]) =>
    isDictionary(value) && !isPolicyKeyName(prefix + name) ? flatten(value, `${prefix}${name}.`) : [[prefix + name, value] as [string, unknown]],
  );
}

/** A configuration profile's own keys (PayloadUUID…), which may travel with the payload on macOS: not policy, not a problem. */
const isProfileKey = (name: string) => name.startsWith('Payload');

function checkValues(document: Record<string, unknown>, source: string, pathPrefix: string, problems: PolicyProblem[]): PolicyValues {
  const values: PolicyValues = {};
  for (const [path, value] of flatten(document)) {
    if (isProfileKey(path)) continue;
    if (!isPolicyKeyName(path)) {
      problems.push({ source, path: pathPrefix + path, rule: { code: 'unknown_key' } });
      continue;
    }
    const { type } = policyKeySpec(path);
    const parsed = policyValueSchema(type).safeParse(value);
    if (parsed.success) {
      values[path] = parsed.data;
      continue;
    }
    const issue = parsed.error.issues[0];
    const itemPath = issue && issue.path.length > 0 ? `.${issue.path.map(String).join('.')}` : '';
    problems.push({ source, path: pathPrefix + path + itemPath, rule: issue ? ruleOfIssue(issue, type) : { code: 'wrong_type', expected: 'text' } });
  }
  return values;
}

/**
 * Checks a policy document key by key. Never throws: a key that breaks its
 * rule (or that Parley does not know) becomes a problem naming its path and
 * the rule, and every other key is kept.
 */
export function validatePolicy(document: unknown, source: string): PolicyLayer {
  const problems: PolicyProblem[] = [];
  if (!isDictionary(document)) {
    return { source, mandatory: {}, recommended: {}, problems: [{ source, path: '(file)', rule: { code: 'wrong_type', expected: 'dictionary' } }] };
  }
  const { [recommendedKey]: recommended, ...mandatory } = document;
  const layer: PolicyLayer = { source, mandatory: checkValues(mandatory, source, '', problems), recommended: {}, problems };
  if (recommended === undefined) return layer;
  if (isDictionary(recommended)) layer.recommended = checkValues(recommended, source, `${recommendedKey}.`, problems);
  else problems.push({ source, path: recommendedKey, rule: { code: 'wrong_type', expected: 'dictionary' } });
  return layer;
}

/** A source that could not be used at all (unreadable, untrusted): only its problem. */
export function refusedLayer(source: string, problem: Omit<PolicyProblem, 'source' | 'path'> & { path?: string }): PolicyLayer {
  return { source, mandatory: {}, recommended: {}, problems: [{ source, path: problem.path ?? '(file)', rule: problem.rule }] };
}
