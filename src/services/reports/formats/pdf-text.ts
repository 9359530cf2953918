/**
 * The PDF uses the 14 standard fonts (Helvetica), which need no font file and keep the writer
 * dependency-free, but they only encode WinAnsi (Latin-1 plus typographic quotes, dashes, €, …).
 * Any other character would be drawn as garbage, so it becomes its base letter when it has one
 * (ő -> o) or `?`. CSV, JSON and XLSX keep every character; docs/report-formats.md says so.
 */
const WIN_ANSI_EXTRAS = new Set([
  8364, 8218, 402, 8222, 8230, 8224, 8225, 710, 8240, 352, 8249, 338, 381, 8216, 8217, 8220, 8221, 8226, 8211, 8212, 732, 8482, 353, 8250,
  339, 382, 376,
]);

function encodable(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(code);
}

export function pdfSafe(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (encodable(code)) out += ch;
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += ' ';
    else {
      const base = ch.normalize('NFD').codePointAt(0)!;
      out += encodable(base) ? String.fromCodePoint(base) : '?';
    }
  }
  return out;
}

const ELLIPSIS = '…';

/**
 * Cuts text to fit `width` points in the current font, ending with an ellipsis. Text is first
 * capped by length so a 10 kB cell never gets measured whole.
 */
export function fitText(doc: PDFKit.PDFDocument, text: string, width: number): string {
  let t = text.length > 400 ? text.slice(0, 400) : text;
  if (doc.widthOfString(t) <= width) return t;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.widthOfString(t.slice(0, mid) + ELLIPSIS) <= width) lo = mid;
    else hi = mid - 1;
  }
  t = t.slice(0, lo).trimEnd();
  return lo > 0 ? t + ELLIPSIS : '';
}
