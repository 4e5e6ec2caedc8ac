// Which electronegativity findings fail the gate: those no suppression
// (same check id, same file) covers with a written reason. Pure, for its unit test.

/**
 * @param {{ id: string, file: string }[]} findings
 * @param {{ id: string, file: string, reason?: string }[]} suppressions
 */
export function unsuppressed(findings, suppressions) {
  const withoutReason = suppressions.filter((s) => typeof s.reason !== 'string' || s.reason.trim().length < 20);
  const valid = suppressions.filter((s) => !withoutReason.includes(s));
  const covers = (s, f) => s.id === f.id && s.file === f.file;
  return {
    failing: findings.filter((f) => !valid.some((s) => covers(s, f))),
    stale: valid.filter((s) => !findings.some((f) => covers(s, f))),
    withoutReason,
  };
}
