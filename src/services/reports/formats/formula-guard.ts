/**
 * Formula injection guard (OWASP "CSV Injection"): a spreadsheet opening an export runs a text cell
 * that starts with `=`, `+`, `-` or `@` as a formula (and tab/CR can smuggle one past a trim), so a
 * user-controlled value such as `=HYPERLINK(...)` in an audit target would execute on the reader's
 * machine. Prefixing a single quote makes Excel, LibreOffice and Sheets show the text as typed.
 * Applied to text only: numbers are written as numbers, so a negative number stays numeric.
 *
 * XLSX uses the quote too, although exceljs writes text as strings (never formulas) and the style
 * flag `quotePrefix` would hide the apostrophe: exceljs 4.4 neither writes nor reads that flag (its
 * xf renderer drops it; exceljs PR #2809 is unmerged), and without it Excel turns such a cell into
 * a formula as soon as someone edits it (F2, Enter). Revisit when exceljs supports quotePrefix.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
