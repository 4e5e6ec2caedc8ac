import { build, type PlistValue } from 'plist';
import { policyAppId } from '@shared/policy/policy-domain';
import { policyKeyNames, type PolicyKeyName } from '@shared/policy/policy-keys';
import type { PolicyValue } from '@shared/policy/policy-type';
import { recommendedKey } from '@shared/policy/validate-policy';
import { policyExamples, recommendedInSamples } from './policy-examples';

/** Every key with its example: locked ones at the top, the recommended ones under `recommended`. */
function sampleDocument(): Record<string, PolicyValue | Record<string, PolicyValue>> {
  const pick = (keys: readonly PolicyKeyName[]) => Object.fromEntries(keys.map((key) => [key, policyExamples[key]]));
  return {
    ...pick(policyKeyNames.filter((key) => !recommendedInSamples.includes(key))),
    [recommendedKey]: pick(recommendedInSamples),
  };
}

/** deploy/policy/linux/policy.json: to copy to /etc/parley/policy.json (root-owned, 0644) and trim. */
export function buildSamplePolicyJson(): string {
  return `${JSON.stringify(sampleDocument(), null, 2)}\n`;
}

/**
 * deploy/policy/macos/parley.mobileconfig: a configuration profile whose one
 * payload targets the app's preference domain, the way an MDM delivers
 * managed preferences. The UUIDs are fixed for the sample: an MDM or
 * `uuidgen` gives a real deployment its own.
 */
export function buildSampleMobileconfig(): string {
  const payload = {
    PayloadType: policyAppId,
    PayloadVersion: 1,
    PayloadIdentifier: `${policyAppId}.policy`,
    PayloadUUID: '6C0F4C2E-0D8B-4C9B-9E0A-2B3F5D6A7C81',
    PayloadDisplayName: 'Parley policy',
    ...sampleDocument(),
  };
  const profile = {
    PayloadContent: [payload],
    PayloadDisplayName: 'Parley managed configuration',
    PayloadDescription: 'Sets and locks Parley’s SIP server, CRM, wrap-up policy and more for every user of this Mac.',
    PayloadIdentifier: `${policyAppId}.profile`,
    PayloadOrganization: 'Example Corp',
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: 'A4E1B7C3-5F2D-4E8A-9C61-0D7B3E9F2A54',
    PayloadVersion: 1,
  };
  return `${build(profile as unknown as PlistValue)}\n`;
}
