import type { LogLevel } from '@shared/logging/log-entry';
import { policyValue, type EffectivePolicy } from '@shared/policy/effective-policy';
import { policyProblemText } from '@shared/policy/policy-rule';
import type { PolicyProvider } from '../support/policy-for-bundle';
import { noUpdates, type UpdateSettings } from '../updates/update-settings';
import { defaultLinkSchemes } from '../../security/app-origin';

/** The updater's settings from IT's policy: no feed, no updates. `stable` is electron-updater's `latest` channel. */
export function updateSettingsFrom(policy: EffectivePolicy): UpdateSettings {
  const feedUrl = policyValue(policy, 'updates.feedUrl');
  if (typeof feedUrl !== 'string') return noUpdates;
  const channel = policyValue(policy, 'updates.channel') === 'beta' ? 'beta' : 'latest';
  const ring = policyValue(policy, 'updates.rolloutRing');
  const window = policyValue(policy, 'updates.installWindow');
  const [start, end] = typeof window === 'string' ? window.split('-') : [];
  return {
    ...noUpdates,
    feedUrl,
    channel,
    ...(typeof ring === 'number' ? { stagingBucket: ring } : {}),
    installWindow: start && end ? { start, end } : null,
  };
}

/** The link schemes the console hands to the OS: IT's list, or web and mail. */
export function linkSchemesFrom(policy: EffectivePolicy): readonly string[] {
  const schemes = policyValue(policy, 'links.allowedSchemes');
  return Array.isArray(schemes) ? schemes : defaultLinkSchemes;
}

export function logLevelFrom(policy: EffectivePolicy): LogLevel | undefined {
  const level = policyValue(policy, 'log.level');
  return level === 'error' || level === 'warn' || level === 'info' || level === 'debug' ? level : undefined;
}

/** The policy as the support bundle shows it: where it came from, what it sets, and every key ignored. */
export function policyForBundle(current: () => EffectivePolicy): PolicyProvider {
  return () => {
    const policy = current();
    return {
      source: policy.sources.length > 0 ? policy.sources.join(', ') : 'none: no managed configuration',
      effective: { locked: policy.mandatory, recommended: policy.recommended },
      problems: policy.problems.map((problem) => ({ key: problem.path, message: policyProblemText(problem) })),
    };
  };
}
