import { readFileSync } from 'node:fs';

/** The parts of a V8 .cpuprofile this reads. */
interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }>;
  samples: number[];
}

/** Where a frame's code lives: a package, a folder of ours, node itself, or V8's pseudo-frames. */
function area(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const ours = /\/(src|bench)\/([^/]+)/.exec(url);
  if (ours) return `${ours[1]}/${ours[2]}`;
  if (url.startsWith('node:')) return 'node internals';
  return url;
}

const short = (url: string) => url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(src|bench)\//, '$1/');

/**
 * A text summary of a CPU profile: self time by area (package or folder), top frames by self time
 * and by inclusive time (a frame counted once per sample however often it recurs on the stack).
 */
export function summarize(file: string, title: string, top = 40): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (const id of profile.samples) self.set(id, (self.get(id) ?? 0) + 1);
  const idle = profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').reduce((s, n) => s + (self.get(n.id) ?? 0), 0);
  const total = profile.samples.length - idle;
  const key = (n: CpuProfile['nodes'][number]) => `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const selfBy = new Map<string, number>();
  const areaBy = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const onStack = new Map<string, number>();
  // Depth-first from the root: a node's subtree samples count once for every distinct key above.
  const visit = (id: number): number => {
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') return 0;
    const k = key(node);
    const mine = self.get(id) ?? 0;
    if (mine) {
      selfBy.set(k, (selfBy.get(k) ?? 0) + mine);
      const a = area(node.callFrame.url, node.callFrame.functionName);
      areaBy.set(a, (areaBy.get(a) ?? 0) + mine);
    }
    onStack.set(k, (onStack.get(k) ?? 0) + 1);
    let sum = mine;
    for (const child of node.children ?? []) sum += visit(child);
    onStack.set(k, onStack.get(k)! - 1);
    if (onStack.get(k) === 0) inclusive.set(k, (inclusive.get(k) ?? 0) + sum);
    return sum;
  };
  visit(profile.nodes[0]!.id);
  const pct = (n: number) => `${((100 * n) / total).toFixed(1).padStart(5)} %`;
  const rows = (m: Map<string, number>, n: number) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${pct(v)}  ${k}`);
  return [
    `${title}`,
    `${total} busy samples (idle excluded: ${idle}); percentages of busy samples`,
    '',
    'self time by area (package or folder of ours)',
    ...rows(areaBy, 30),
    '',
    `top ${top} frames by self time`,
    ...rows(selfBy, top),
    '',
    `top ${top} frames by inclusive time`,
    ...rows(inclusive, top),
    '',
  ].join('\n');
}

if (require.main === module) console.log(summarize(process.argv[2]!, process.argv[3] ?? process.argv[2]!));
