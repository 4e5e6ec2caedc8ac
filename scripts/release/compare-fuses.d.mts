/** Types of compare-fuses.mjs, for its unit test. */
export declare function fuseOptionName(key: string): string;
export declare function describeState(state: number | undefined): 'on' | 'off' | 'removed' | 'inherited' | 'absent';
export declare function fuseProblems(expected: Record<string, boolean>, wire: Record<number, number>): string[];
export declare function namedFuses(wire: Record<number, number>): Record<string, string>;
