import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { supportedLanguages } from '@shared/domain/language';
import { admlLocales, buildAdml } from './adml';
import { buildAdmx } from './admx';
import { withKeyTable } from './deployment-doc';
import { buildSampleMobileconfig, buildSamplePolicyJson } from './samples';

/** Every file generated from the policy schema, by its path in the repository. */
export function policyTemplates(repoRoot: string): Map<string, string> {
  const files = new Map<string, string>([
    ['deploy/policy/windows/parley.admx', buildAdmx()],
    ...supportedLanguages.map((language) => [`deploy/policy/windows/${admlLocales[language]}/parley.adml`, buildAdml(language)] as [string, string]),
    ['deploy/policy/macos/parley.mobileconfig', buildSampleMobileconfig()],
    ['deploy/policy/linux/policy.json', buildSamplePolicyJson()],
  ]);
  const deployment = 'docs/DEPLOYMENT.md';
  files.set(deployment, withKeyTable(readFileSync(join(repoRoot, deployment), 'utf8')));
  return files;
}
