import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { policyTemplates } from './policy-templates';

/**
 * `npm run policy:templates`: writes the ADMX/ADML templates, the sample
 * .mobileconfig and policy.json, and the key table of docs/DEPLOYMENT.md from
 * the policy schema. A unit test fails when the committed files differ.
 */
export function main(): number {
  const root = resolve(import.meta.dirname, '../../../../..');
  for (const [path, text] of policyTemplates(root)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    console.log(`wrote ${path}`);
  }
  return 0;
}
