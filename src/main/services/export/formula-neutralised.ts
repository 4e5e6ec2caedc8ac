/**
 * A text cell a spreadsheet would read as a formula (OWASP "CSV injection"):
 * one starting with `=`, `+`, `-` or `@`, or with a tab or carriage return
 * (which some spreadsheets strip before reading the rest). It is kept as text
 * by a leading apostrophe, which spreadsheets show as nothing.
 */
const formulaStart = /^[=+\-@\t\r]/;

export function formulaNeutralised(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}
