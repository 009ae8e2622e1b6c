/**
 * Where a V8 CPU profile (`node --cpu-prof`, a .cpuprofile JSON) spent its time: the top
 * functions by self time and by total time (a function counted once per sample however
 * deep it recurses), and self time by package (node_modules/<pkg>, node: internals, our
 * src/), as milliseconds and as a share of the samples that were not idle.
 *
 *   npx tsx bench/cpuprofile-summary.ts <file.cpuprofile> [top = 30] [--per N]
 *
 * `--per N` also divides by N (the requests sent while profiling): milliseconds per request.
 * `--tree P` prints the call tree top-down instead, branches under P% of the busy time left out.
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);

export function summarise(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const packages = new Map<string, number>();
  const special = new Map<string, number>();
  /** Each sample's time given to the nearest frame (itself or a caller) of a package: Node's and V8's own work goes to whoever asked for it. */
  const layers = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    // timeDeltas[i] is the time before sample i; the sample stands for the interval after it.
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    const name = node.callFrame.functionName;
    if (IDLE.has(name)) {
      special.set(name, (special.get(name) ?? 0) + dt);
      if (name !== '(garbage collector)') return;
    }
    busy += dt;
    const key = frameKey(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + dt);
    packages.set(packageOf(node.callFrame.url), (packages.get(packageOf(node.callFrame.url)) ?? 0) + dt);
    let layer = 'node/V8 (no package caller)';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)!.callFrame.url;
      if (url && !url.startsWith('node:')) {
        layer = packageOf(url);
        break;
      }
    }
    if (name === '(garbage collector)') layer = '(garbage collector)';
    layers.set(layer, (layers.get(layer) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = frameKey(byId.get(at)!.callFrame);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  });
  return { busy, self, total, packages, layers, special };
}

/** The call tree top-down with each node's inclusive time, pruned below `minShare` of `busy`. */
export function tree(profile: Profile, busy: number, minShare: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const inclusive = new Map<number, number>();
  const sum = (id: number): number => {
    const n = byId.get(id)!;
    const v = (selfMs.get(id) ?? 0) + (n.children ?? []).reduce((a, c) => a + sum(c), 0);
    inclusive.set(id, v);
    return v;
  };
  const root = profile.nodes[0]!;
  sum(root.id);
  const lines: string[] = [];
  const walk = (id: number, depth: number) => {
    const n = byId.get(id)!;
    const v = inclusive.get(id)!;
    if (IDLE.has(n.callFrame.functionName) || v < busy * minShare) return;
    lines.push(
      `${v.toFixed(0).padStart(7)} ms ${((100 * v) / busy).toFixed(1).padStart(5)}% ${'  '.repeat(depth)}${frameKey(n.callFrame)}`,
    );
    for (const c of [...(n.children ?? [])].sort((a, b) => inclusive.get(b)! - inclusive.get(a)!)) walk(c, depth + 1);
  };
  walk(root.id, 0);
  return lines;
}

function frameKey(f: CallFrame): string {
  const where = f.url ? `${shortUrl(f.url)}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
}

function shortUrl(url: string): string {
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 'node_modules/'.length);
  const src = url.search(/\/(src|harness|bench)\//);
  return src >= 0 ? url.slice(src + 1) : url.replace(/^file:\/\//, '');
}

function packageOf(url: string): string {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return 'node: internals';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const src = url.match(/\/(src\/[^/]+(?:\/[^/]+)?)\//);
  return src ? src[1]! : url;
}

function top(m: Map<string, number>, n: number): [string, number][] {
  return [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error('usage: cpuprofile-summary <file.cpuprofile> [top] [--per N]');
  const n = Number(process.argv[3] && !process.argv[3].startsWith('--') ? process.argv[3] : 30);
  const perAt = process.argv.indexOf('--per');
  const per = perAt > 0 ? Number(process.argv[perAt + 1]) : 0;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const s = summarise(profile);
  const treeAt = process.argv.indexOf('--tree');
  if (treeAt > 0) {
    for (const line of tree(profile, s.busy, Number(process.argv[treeAt + 1]) / 100)) console.log(line);
    return;
  }
  const fmt = (ms: number) =>
    `${ms.toFixed(1).padStart(9)} ms ${((100 * ms) / s.busy).toFixed(1).padStart(5)}%${per ? ` ${(ms / per).toFixed(3).padStart(7)} ms/req` : ''}`;
  console.log(`busy (not idle) ${s.busy.toFixed(0)} ms${per ? `, ${(s.busy / per).toFixed(2)} ms per request over ${per}` : ''}`);
  for (const [k, v] of s.special) console.log(`  ${k}: ${v.toFixed(0)} ms`);
  console.log('\nself time by package');
  for (const [k, v] of top(s.packages, 20)) console.log(`${fmt(v)}  ${k}`);
  console.log('\ntime by the nearest package on the stack (Node and V8 work counted to the package that called it)');
  for (const [k, v] of top(s.layers, 20)) console.log(`${fmt(v)}  ${k}`);
  console.log('\nself time by function');
  for (const [k, v] of top(s.self, n)) console.log(`${fmt(v)}  ${k}`);
  console.log('\ntotal time by function');
  for (const [k, v] of top(s.total, n)) console.log(`${fmt(v)}  ${k}`);
}

main();
