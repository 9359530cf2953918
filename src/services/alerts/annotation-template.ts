/**
 * Annotation and summary templates, the subset of Prometheus's alert templating people use:
 * `{{ $value }}`, `{{ $labels.team }}`, `{{ humanize $value }}` (k/M/G suffixes) and
 * `{{ humanizePercentage $value }}` (0.25 -> 25%). No code runs: anything else is refused when the
 * rule is saved (`templateProblems`), so a rule never renders half a template at fire time.
 */

const EXPRESSION = /\{\{\s*(.*?)\s*\}\}/g;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

export interface TemplateData {
  value: number | null;
  labels: Record<string, string>;
}

type Part = { kind: 'value'; fn: 'plain' | 'humanize' | 'humanizePercentage' } | { kind: 'label'; name: string };

function parse(expr: string): Part | null {
  const [first, second, ...rest] = expr.split(/\s+/);
  if (rest.length > 0) return null;
  if (second === undefined) {
    if (first === '$value') return { kind: 'value', fn: 'plain' };
    if (first?.startsWith('$labels.') && LABEL_NAME.test(first.slice(8))) return { kind: 'label', name: first.slice(8) };
    return null;
  }
  if ((first === 'humanize' || first === 'humanizePercentage') && second === '$value') return { kind: 'value', fn: first };
  return null;
}

/** Each expression that is not one of the supported forms (empty: the template is valid). */
export function templateProblems(template: string): string[] {
  const problems: string[] = [];
  for (const match of template.matchAll(EXPRESSION)) if (!parse(match[1]!)) problems.push(match[0]);
  return problems;
}

export function renderTemplate(template: string, data: TemplateData): string {
  return template.replace(EXPRESSION, (whole, expr: string) => {
    const part = parse(expr);
    if (!part) return whole;
    if (part.kind === 'label') return Object.hasOwn(data.labels, part.name) ? data.labels[part.name]! : '';
    if (data.value === null) return 'no data';
    if (part.fn === 'humanize') return humanize(data.value);
    if (part.fn === 'humanizePercentage') return `${formatNumber(data.value * 100)}%`;
    return formatNumber(data.value);
  });
}

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(4)));
}

const SUFFIXES = ['', 'k', 'M', 'G', 'T', 'P'];

function humanize(n: number): string {
  let value = n;
  let i = 0;
  while (Math.abs(value) >= 1000 && i < SUFFIXES.length - 1) {
    value /= 1000;
    i += 1;
  }
  return `${formatNumber(value)}${SUFFIXES[i]}`;
}
