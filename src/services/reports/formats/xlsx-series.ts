import type ExcelJS from 'exceljs';
import type { ReportSection, ReportSeries } from '../report-document';
import { neutraliseFormula } from './formula-guard';
import { XLSX_HEADER_STYLE, XLSX_NUM_FMT } from './xlsx-styles';

const HEADER = ['Bucket (UTC)', 'Value', 'Moving average', 'Forecast', 'Lo 80', 'Hi 80', 'Lo 95', 'Hi 95'];

/**
 * One sheet per section with series: a block per series (title, header, one row per bucket with
 * its value and moving average, then one row per forecast bucket with the forecast and its 80 %
 * and 95 % intervals), followed by the trend figures, or the reason there is no forecast.
 * Series are small (buckets, not rows), so the sheet is written in one go and committed.
 */
export function writeSeriesSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, section: ReportSection) {
  const ws = wb.addWorksheet(name);
  ws.columns = HEADER.map((_, i) => ({ width: i === 0 ? 20 : 15, style: i === 0 ? { numFmt: XLSX_NUM_FMT.datetime } : { numFmt: '#,##0.00' } }));
  for (const series of section.series) {
    writeSeriesBlock(ws, series);
    ws.addRow([]).commit();
  }
  ws.commit();
}

function writeSeriesBlock(ws: ExcelJS.Worksheet, series: ReportSeries) {
  const title = ws.addRow([neutraliseFormula(series.unit ? `${series.title} (${series.unit})` : series.title)]);
  title.font = { bold: true, size: 12 };
  title.commit();
  const header = ws.addRow(HEADER);
  header.eachCell((cell) => (cell.style = XLSX_HEADER_STYLE));
  header.commit();
  const ma = series.trend?.movingAverage ?? [];
  series.points.forEach((p, i) => ws.addRow([p.t, p.value, ma[i] ?? null]).commit());
  const forecast = series.forecast;
  if (forecast?.available) {
    for (const f of forecast.points) ws.addRow([f.t, null, null, f.value, f.lo80, f.hi80, f.lo95, f.hi95]).commit();
  }
  const figure = (label: string, value: number | string | null, numFmt?: string) => {
    const r = ws.addRow([label, value]);
    r.getCell(1).font = { bold: true };
    // The first column carries a date format; a label there must be plain text.
    r.getCell(1).numFmt = '@';
    if (numFmt) r.getCell(2).numFmt = numFmt;
    r.commit();
  };
  const trend = series.trend;
  if (trend) {
    if (trend.periodChange) {
      figure('Period change', trend.periodChange.absolute);
      figure('Period change %', trend.periodChange.relative, XLSX_NUM_FMT.percent);
    }
    figure('Slope per bucket', trend.slope);
    figure('R²', trend.r2, '0.000');
    figure(`Moving average window`, trend.movingAverageWindow, '0');
  }
  if (forecast?.available) {
    figure('Forecast method', forecast.method === 'HOLT' ? 'Holt linear trend' : `Holt-Winters additive (season ${forecast.seasonLength})`);
    figure('Forecast horizon (buckets)', forecast.horizon, '0');
    figure('Backtest MAPE %', forecast.mape, '0.0');
  } else if (forecast) {
    figure('Forecast', neutraliseFormula(forecast.reason));
  }
}
