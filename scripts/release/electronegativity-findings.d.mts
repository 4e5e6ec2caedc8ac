/** Types of electronegativity-findings.mjs, for its unit test. */
interface Finding {
  id: string;
  file: string;
}
interface Suppression extends Finding {
  reason?: string;
}
export declare function unsuppressed<F extends Finding, S extends Suppression>(findings: F[], suppressions: S[]): { failing: F[]; stale: S[]; withoutReason: S[] };
