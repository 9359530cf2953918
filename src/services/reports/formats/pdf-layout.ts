/// <reference types="pdfkit" />
/** Page geometry shared by the PDF writer's parts: A4 landscape, so eight columns fit a table. */
export const PAGE = { size: 'A4', layout: 'landscape' as const, margin: 40, footer: 28 };

export interface Frame {
  left: number;
  width: number;
  top: number;
  /** Lowest y content may reach (above the page-number footer). */
  bottom: number;
}

export function frameOf(doc: PDFKit.PDFDocument): Frame {
  return {
    left: PAGE.margin,
    width: doc.page.width - 2 * PAGE.margin,
    top: PAGE.margin,
    bottom: doc.page.height - PAGE.margin - PAGE.footer + 20,
  };
}

/** Starts a new page when fewer than `height` points are left; returns the y to draw at. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): number {
  if (doc.y + height > frameOf(doc).bottom) doc.addPage();
  return doc.y;
}

export const COLORS = {
  text: '#1a1a1a',
  muted: '#666666',
  grid: '#dddddd',
  axis: '#888888',
  headerFill: '#d9e1f2',
  zebra: '#f5f7fb',
  value: '#1f77b4',
  average: '#ff7f0e',
  forecast: '#2ca02c',
  band80: '#9fd89f',
  band95: '#d5f0d5',
};
