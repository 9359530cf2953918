/**
 * Excel's sheet-name rules: at most 31 characters, none of `: \ / ? * [ ]`, not blank, no leading
 * or trailing apostrophe, not "History" (reserved), and unique ignoring case. Excel refuses to open
 * a workbook that breaks any of them, so every name passes through here.
 */
const MAX = 31;

export class SheetNames {
  private readonly taken = new Set<string>();

  take(wanted: string): string {
    let base = wanted.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '').trim();
    if (!base || base.toLowerCase() === 'history') base = base ? `${base} sheet` : 'Sheet';
    base = cut(base, MAX);
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = cut(base, MAX - suffix.length) + suffix;
    }
    this.taken.add(name.toLowerCase());
    return name;
  }
}

/** Cuts to `max` UTF-16 units (Excel's count) without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out.trimEnd();
}
