/** Types of prerequisites.mjs, for its unit test. */
export declare function missingPrerequisites(input: {
  platform: string;
  env: Record<string, string | undefined>;
  electronBinary: boolean;
  built: boolean;
  unsigned: boolean;
}): string[];
export declare function hostTargetFlag(platform: string): string | null;
