/** Something the importer refused, adjusted or ignored, and where in the file it was. */
export interface ImportProblem {
  /** Where in the file: "line 12", or "item 3" in a JSON array (counted from 1). */
  at: string;
  reasons: string[];
}
