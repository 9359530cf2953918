import type ExcelJS from 'exceljs';
import type { ReportColumn } from '../report-document';

export const XLSX_HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
  border: { bottom: { style: 'thin', color: { argb: 'FF8EA9DB' } } },
};

/** Number formats per column type. Dates are Excel dates in UTC (the Report sheet says so). */
export const XLSX_NUM_FMT: Partial<Record<ReportColumn['type'], string>> = {
  datetime: 'yyyy-mm-dd hh:mm:ss',
  date: 'yyyy-mm-dd',
  integer: '#,##0',
  number: '#,##0.00',
  percent: '0.0%',
  durationMs: '#,##0" ms"',
};
