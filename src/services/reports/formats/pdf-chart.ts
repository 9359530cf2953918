import type { ReportSeries } from '../report-document';
import { formatNumber } from './cell-format';
import { COLORS, ensureSpace, frameOf } from './pdf-layout';
import { fitText, pdfSafe } from './pdf-text';

const CHART = { height: 170, yLabelWidth: 48, width: 480, xLabelHeight: 14, gap: 26 };
const BLOCK_HEIGHT = 16 + CHART.height + CHART.xLabelHeight + 36;

/**
 * One series as a vector line chart: values, the moving average, and when the forecast is
 * available its line with the 80 % and 95 % prediction bands shaded; otherwise the reason there is
 * none. Bucket labels are UTC dates (ISO `YYYY-MM-DD`, with `HH:mm` for hourly series). The trend
 * figures (period change, slope, R², MAPE) are printed to the right of the chart.
 */
export function drawSeries(doc: PDFKit.PDFDocument, series: ReportSeries) {
  const frame = frameOf(doc);
  const top = ensureSpace(doc, BLOCK_HEIGHT);
  const title = series.unit ? `${series.title} (${series.unit})` : series.title;
  doc.font('Helvetica-Bold').fontSize(10).fillColor(COLORS.text).text(pdfSafe(title), frame.left, top, { lineBreak: false });
  const box = { x: frame.left + CHART.yLabelWidth, y: top + 16, w: CHART.width, h: CHART.height };
  const forecast = series.forecast?.available ? series.forecast : null;
  const ma = series.trend?.movingAverage ?? [];

  const times = [...series.points.map((p) => p.t.getTime()), ...(forecast?.points.map((p) => p.t.getTime()) ?? [])];
  const values = [
    ...series.points.map((p) => p.value),
    ...ma.slice(0, series.points.length).filter((v): v is number => v !== null),
    ...(forecast?.points.flatMap((p) => [p.lo95, p.hi95, p.value]) ?? []),
  ].filter(Number.isFinite);

  doc.lineWidth(0.5).strokeColor(COLORS.axis).rect(box.x, box.y, box.w, box.h).stroke();
  if (times.length === 0 || values.length === 0) {
    doc.font('Helvetica-Oblique').fontSize(9).fillColor(COLORS.muted).text('No data in the range.', box.x + 10, box.y + box.h / 2, { lineBreak: false });
  } else {
    const ticks = niceTicks(Math.min(...values), Math.max(...values));
    const t0 = Math.min(...times);
    const t1 = Math.max(...times);
    const sx = (t: number) => box.x + (t1 === t0 ? box.w / 2 : ((t - t0) / (t1 - t0)) * box.w);
    const sy = (v: number) => box.y + box.h - ((v - ticks[0]) / (ticks[ticks.length - 1] - ticks[0])) * box.h;

    doc.font('Helvetica').fontSize(7).fillColor(COLORS.muted);
    for (const tick of ticks) {
      const y = sy(tick);
      doc.lineWidth(0.3).strokeColor(COLORS.grid).moveTo(box.x, y).lineTo(box.x + box.w, y).stroke();
      const label = formatNumber(tick, 2);
      doc.text(label, box.x - 4 - doc.widthOfString(label), y - 3, { lineBreak: false });
    }
    const hourly = series.granularity === 'HOUR';
    const step = Math.max(1, Math.ceil(times.length / 6));
    for (let i = 0; i < times.length; i += step) {
      const iso = new Date(times[i]).toISOString();
      const label = hourly ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
      const x = sx(times[i]);
      doc.lineWidth(0.5).strokeColor(COLORS.axis).moveTo(x, box.y + box.h).lineTo(x, box.y + box.h + 3).stroke();
      doc.text(label, x - doc.widthOfString(label) / 2, box.y + box.h + 5, { lineBreak: false });
    }

    if (forecast && forecast.points.length > 0) {
      band(doc, forecast.points.map((p) => [sx(p.t.getTime()), sy(p.hi95), sy(p.lo95)]), COLORS.band95);
      band(doc, forecast.points.map((p) => [sx(p.t.getTime()), sy(p.hi80), sy(p.lo80)]), COLORS.band80);
      const last = series.points[series.points.length - 1];
      const line = [...(last ? [[sx(last.t.getTime()), sy(last.value)]] : []), ...forecast.points.map((p) => [sx(p.t.getTime()), sy(p.value)])];
      polyline(doc, line, COLORS.forecast, 1.3, true);
    }
    polyline(doc, series.points.map((p) => [sx(p.t.getTime()), sy(p.value)]), COLORS.value, 1.5, false);
    const avg: number[][] = [];
    series.points.forEach((p, i) => ma[i] != null && avg.push([sx(p.t.getTime()), sy(ma[i]!)]));
    polyline(doc, avg, COLORS.average, 1, true);
  }

  legend(doc, box.x, box.y + box.h + CHART.xLabelHeight + 4, series);
  figures(doc, series, box.x + box.w + CHART.gap, box.y, frame.left + frame.width - (box.x + box.w + CHART.gap));
  doc.x = frame.left;
  doc.y = box.y + box.h + CHART.xLabelHeight + 32;
}

function polyline(doc: PDFKit.PDFDocument, pts: number[][], color: string, width: number, dashed: boolean) {
  if (pts.length === 0) return;
  doc.save().lineWidth(width).strokeColor(color);
  if (dashed) doc.dash(4, { space: 2 });
  doc.moveTo(pts[0][0], pts[0][1]);
  for (const [x, y] of pts.slice(1)) doc.lineTo(x, y);
  if (pts.length === 1) doc.circle(pts[0][0], pts[0][1], 1.5);
  doc.stroke().undash().restore();
}

/** A shaded band: along the upper bound, back along the lower one. */
function band(doc: PDFKit.PDFDocument, pts: number[][], color: string) {
  if (pts.length === 0) return;
  doc.save().fillColor(color).moveTo(pts[0][0], pts[0][1]);
  for (const [x, hi] of pts.slice(1)) doc.lineTo(x, hi);
  for (const [x, , lo] of [...pts].reverse()) doc.lineTo(x, lo);
  doc.closePath().fill().restore();
}

function legend(doc: PDFKit.PDFDocument, x: number, y: number, series: ReportSeries) {
  const items: Array<[string, string, 'line' | 'fill']> = [['Value', COLORS.value, 'line']];
  if (series.trend) items.push([`Moving average (${series.trend.movingAverageWindow})`, COLORS.average, 'line']);
  if (series.forecast?.available) items.push(['Forecast', COLORS.forecast, 'line'], ['80 % band', COLORS.band80, 'fill'], ['95 % band', COLORS.band95, 'fill']);
  doc.font('Helvetica').fontSize(7).fillColor(COLORS.text);
  let cx = x;
  for (const [label, color, kind] of items) {
    if (kind === 'line') doc.save().lineWidth(1.5).strokeColor(color).moveTo(cx, y + 4).lineTo(cx + 14, y + 4).stroke().restore();
    else doc.save().fillColor(color).rect(cx, y, 14, 8).fill().restore();
    doc.fillColor(COLORS.text).text(label, cx + 18, y + 1, { lineBreak: false });
    cx += 18 + doc.widthOfString(label) + 14;
  }
}

/** The trend and forecast figures, one per line; the lines are short so they sit beside the chart. */
function figures(doc: PDFKit.PDFDocument, series: ReportSeries, x: number, y: number, width: number) {
  const per = series.granularity.toLowerCase();
  const lines: Array<[string, boolean]> = [['Trend', true]];
  const t = series.trend;
  const signed = (v: number, digits: number) => `${v > 0 ? '+' : ''}${formatNumber(v, digits)}`;
  if (!t) lines.push(['No trend computed.', false]);
  else {
    const pc = t.periodChange;
    lines.push([pc ? `Period change: ${signed(pc.absolute, 2)}${pc.relative === null ? '' : ` (${signed(pc.relative * 100, 1)} %)`}` : 'Period change: n/a (one bucket)', false]);
    lines.push([t.slope === null ? 'Slope: n/a' : `Slope: ${signed(t.slope, 3)} per ${per}`, false]);
    lines.push([t.r2 === null ? 'R²: n/a' : `R²: ${formatNumber(t.r2, 3)}`, false]);
  }
  const f = series.forecast;
  lines.push(['Forecast', true]);
  if (f?.available) {
    lines.push([f.method === 'HOLT' ? 'Method: Holt linear trend' : `Method: Holt-Winters additive, season ${f.seasonLength}`, false]);
    lines.push([`Horizon: ${f.horizon} ${per}${f.horizon === 1 ? '' : 's'}`, false]);
    lines.push([f.mape === null ? 'MAPE: n/a (zeros in the backtest)' : `MAPE: ${formatNumber(f.mape, 1)} % (backtest)`, false]);
  } else if (f) {
    lines.push(['Not available (see below).', false]);
  } else lines.push(['None.', false]);
  let cy = y;
  for (const [text, bold] of lines) {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(bold ? 9 : 8.5).fillColor(COLORS.text);
    doc.text(fitText(doc, pdfSafe(text), width), x, cy, { lineBreak: false });
    cy += bold ? 14 : 12;
  }
  if (f && !f.available) {
    doc.font('Helvetica-Oblique').fontSize(8.5).fillColor(COLORS.muted);
    doc.text(pdfSafe(`No forecast: ${f.reason}`), frameOf(doc).left, y + CHART.height + CHART.xLabelHeight + 16, { lineBreak: false });
  }
}

/** About five round tick values covering [min, max]. */
export function niceTicks(min: number, max: number): number[] {
  if (min === max) {
    const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const first = Math.floor(min / step);
  const last = Math.max(first + 1, Math.ceil(max / step));
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}
