import type { ReportCell, ReportColumn } from '../report-document';

/**
 * Plain text of a cell for text formats (CSV, PDF tables): dates as ISO-8601 UTC (`date` columns
 * as the day only), numbers as JavaScript prints them (no grouping, `.` decimal, negatives with
 * `-`), booleans as true/false, null as empty. Non-finite numbers are empty: no reader parses them.
 */
export function plainCell(value: ReportCell | undefined, column: ReportColumn): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return column.type === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}

/**
 * Human text of a cell for the PDF: grouped numbers, percent values (fractions, 0.42 = 42 %) with a
 * percent sign, durations in ms, dates as `YYYY-MM-DD HH:mm` UTC.
 */
export function displayCell(value: ReportCell | undefined, type: ReportColumn['type'] | null): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return type === 'date' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    if (type === 'percent') return `${formatNumber(value * 100, 1)} %`;
    if (type === 'durationMs') return `${formatNumber(value, 0)} ms`;
    return formatNumber(value, type === 'integer' ? 0 : 2);
  }
  return value;
}

export function formatNumber(value: number, maxFractionDigits: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: maxFractionDigits });
}
