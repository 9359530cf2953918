/**
 * Formula injection guard (OWASP "CSV Injection"): a spreadsheet opening an export runs a text cell
 * that starts with `=`, `+`, `-` or `@` as a formula (and tab/CR can smuggle one past a trim), so a
 * user-controlled value such as `=HYPERLINK(...)` in an audit target would execute on the reader's
 * machine. Prefixing a single quote makes Excel, LibreOffice and Sheets show the text as typed.
 * Applied to text only: numbers are written as numbers, so a negative number stays numeric.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
