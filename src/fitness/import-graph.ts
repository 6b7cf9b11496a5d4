/**
 * The import graph of a source tree (src/ or a test's fake one): every module, every relative
 * import (type-only, re-exports, dynamic `import()` and `new URL('./worker.ts', import.meta.url)`
 * included), and the three fences the architecture promises: floors (core → workspace → ui | cli),
 * no cycles, and the core entered only through its doors.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';

/** The floors, lowest first; a module may import its own floor or one below. */
export const FLOORS = ['core', 'workspace', 'ui', 'cli'] as const;
export type Floor = (typeof FLOORS)[number] | 'testing';

/** Rank of each floor: ui and cli share a rank, so neither may import the other. */
const RANK: Readonly<Record<Floor, number>> = { core: 0, workspace: 1, ui: 2, cli: 2, testing: 3 };

/**
 * The core's doors: the only core modules code outside the core may import. index.ts is the
 * entry; the others are separate entries so that heavy code loads only where it is used (the
 * importers with pdf.js in the import worker, the OCR pipeline in its worker, the Word writers
 * with docx on demand, the 审核意见 reader with its zip reader on demand).
 */
export const CORE_DOORS: readonly string[] = [
  'core/index.ts',
  'core/import/index.ts',
  'core/import/ocr/index.ts',
  'core/word.ts',
  'core/review/opinion-embed.ts',
];

/** One import: from a module to another module of the tree (paths relative to the root, '/'). */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
}

export interface ImportGraph {
  readonly modules: readonly string[];
  readonly edges: readonly ImportEdge[];
}

const SOURCE = /\.(?:ts|tsx|js|mjs)$/;
const WORKER_URL = /new\s+URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : walk(path);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function posix(path: string): string {
  return path.split(sep).join('/');
}

/** The module a relative specifier names, if it is one of the tree's source files. */
function resolveSpecifier(root: string, file: string, specifier: string): string | undefined {
  const bare = join(dirname(file), specifier.replace(/\?.*$/, ''));
  const candidates = [bare, `${bare}.ts`, `${bare}.tsx`, join(bare, 'index.ts')];
  const found = candidates.find((c) => SOURCE.test(c) && existsSync(c) && statSync(c).isFile());
  const path = found === undefined ? undefined : posix(relative(root, found));
  return path?.startsWith('../') ? undefined : path; // bin/, scripts/: outside the tree
}

/** Relative specifiers a module imports, by TypeScript's own pre-processor plus worker URLs. */
function specifiers(source: string): string[] {
  const info = ts.preProcessFile(source, true, true);
  const workers = [...source.matchAll(WORKER_URL)].map((m) => m[1] ?? '');
  return [...info.importedFiles.map((f) => f.fileName), ...workers].filter((s) =>
    s.startsWith('.'),
  );
}

/** The import graph of every source module under `root` (a `fixtures` folder is data, skipped). */
export function importGraph(root: string): ImportGraph {
  const files = walk(root);
  const edges: ImportEdge[] = [];
  for (const file of files) {
    const from = posix(relative(root, file));
    for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
      const to = resolveSpecifier(root, file, specifier);
      if (to !== undefined && to !== from) edges.push({ from, to });
    }
  }
  return { modules: files.map((f) => posix(relative(root, f))), edges };
}

/** Whether a module is a test or test support (these may reach anything, nothing reaches them). */
export function isTest(path: string): boolean {
  return /\.test\.tsx?$/.test(path) || /^(?:testing|fitness|fixtures)\//.test(path);
}

/** The floor of a module by its top folder; undefined for a folder that is on no floor. */
export function floorOf(path: string): Floor | undefined {
  if (isTest(path)) return 'testing';
  const top = path.split('/')[0];
  return FLOORS.find((floor) => floor === top);
}

/**
 * The floor a module's imports are held to: a test beside the code is held to its folder's floor
 * (a workspace test imports nothing of the page), test support (testing/, fitness/) to none.
 */
function homeFloor(path: string): Floor | undefined {
  if (!isTest(path)) return floorOf(path);
  const top = path.split('/')[0];
  return FLOORS.find((floor) => floor === top) ?? 'testing';
}

/**
 * Imports that go up a floor, or across between ui and cli, or from code into tests; a test
 * beside the code may import test support, and otherwise only what its folder's code may.
 */
export function upwardImports(graph: ImportGraph): string[] {
  return graph.edges.flatMap(({ from, to }) => {
    const a = homeFloor(from);
    const b = floorOf(to);
    if (a === undefined || b === undefined) return [`${from} → ${to} (a module on no floor)`];
    if (isTest(from) && b === 'testing') return [];
    const up = RANK[b] > RANK[a] || (RANK[a] === RANK[b] && a !== b);
    return up && a !== 'testing' ? [`${from} (${a}) → ${to} (${b})`] : [];
  });
}

/** Imports from code outside the core (tests aside) into a core module that is not a door. */
export function deepImports(graph: ImportGraph, doors: readonly string[] = CORE_DOORS): string[] {
  return graph.edges
    .filter(({ from, to }) => to.startsWith('core/') && !from.startsWith('core/') && !isTest(from))
    .filter(({ to }) => !doors.includes(to))
    .map(({ from, to }) => `${from} → ${to}`);
}

/** Every import cycle, as the sorted modules of each strongly connected component (Tarjan). */
export function importCycles(graph: ImportGraph): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of graph.edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) visit(to);
      if (onStack.has(to)) low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const module of graph.modules) if (!index.has(module)) visit(module);
  return cycles;
}
