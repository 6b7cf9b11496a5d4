/**
 * Shares of busy time in a V8 CPU profile (node --cpu-prof): self time by function and by module
 * (pdfjs's worker and API sides, our modules, GC, the rest), idle and program time left out.
 * Run: npx tsx scripts/cpu-profile-summary.ts FILE.cpuprofile [TOP=25]
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, top = '25'] = process.argv.slice(2);
if (!file) throw new Error('usage: cpu-profile-summary FILE [TOP]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => {
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});

/** A module's short name: pdfjs's two sides, ours by path, node_modules by package. */
function moduleOf(url: string, name: string): string {
  if (name === '(garbage collector)') return 'GC';
  if (name === '(program)' || name === '(idle)') return name;
  if (url === '') return '(native / V8)';
  if (url.includes('pdf.worker') || url.startsWith('data:text/javascript'))
    return 'pdfjs worker side (pdf.worker.mjs)';
  if (url.includes('pdfjs-dist')) return 'pdfjs API side (pdf.mjs)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return `node_modules/${nm[1]}`;
  const src = /\/(src\/.*|scripts\/.*)$/.exec(url);
  if (src) return src[1] ?? url;
  if (url.startsWith('node:')) return url;
  return url;
}

const functions = new Map<string, number>();
const modules = new Map<string, number>();
let busy = 0;
for (const [id, us] of self) {
  const node = byId.get(id);
  if (!node) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const mod = moduleOf(url, functionName);
  if (mod === '(idle)' || mod === '(program)') continue;
  busy += us;
  const fn = `${functionName || '(anonymous)'} ${mod}:${lineNumber + 1}`;
  functions.set(fn, (functions.get(fn) ?? 0) + us);
  modules.set(mod, (modules.get(mod) ?? 0) + us);
}
const pct = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
const list = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => `${pct(us)}  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`)
    .join('\n');
console.log(`busy ${(busy / 1000).toFixed(0)} ms (idle and program left out)\n`);
console.log(`by module:\n${list(modules, 15)}\n`);
console.log(`by function (self time):\n${list(functions, Number(top))}`);
