/**
 * The architecture's fences, over the whole of src/: floors core → workspace → ui | cli (ui and
 * cli never import each other; nothing imports a test), no import cycle (type-only imports
 * included), and code outside the core enters it only through its doors (import-graph.ts
 * CORE_DOORS, named in the README). Each fence is proved to bite on a small fake src tree with one
 * bad import (fixtures/). Inside the core, modules read bottom-up: templates, then the report
 * model, then values, then rules / layout / importers (which do not reach into each other), then
 * renderers and the review desk (汇总, findings CSV, 审核意见, the county's indicators and 通报),
 * then the entries. A core module never imports from a layer above its own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CORE_DOORS,
  deepImports,
  floorOf,
  importCycles,
  importGraph,
  upwardImports,
} from './import-graph';

const SRC = new URL('../', import.meta.url).pathname;
const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

describe('the fences of src/', () => {
  const graph = importGraph(SRC);

  it('every module is on a floor', () => {
    expect(graph.modules.filter((m) => floorOf(m) === undefined)).toEqual([]);
  });

  it('no module imports a floor above its own, nor ui ↔ cli, nor a test', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('there is no import cycle, type-only imports included', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('code outside the core imports it only through its doors', () => {
    expect(deepImports(graph)).toEqual([]);
  });

  it('the doors exist and the README names each', () => {
    const readme = readFileSync(join(SRC, '../README.md'), 'utf8');
    for (const door of CORE_DOORS) {
      expect(existsSync(join(SRC, door)), door).toBe(true);
      expect(readme.includes(`src/${door}`), `README names src/${door}`).toBe(true);
    }
  });
});

describe('each fence bites (fake src trees in fixtures/)', () => {
  const doors = ['core/index.ts'];

  it('a tree that keeps the rules passes all three, dynamic and type-only imports seen', () => {
    const graph = importGraph(join(FIXTURES, 'fenced'));
    expect(graph.edges).toContainEqual({ from: 'ui/app.ts', to: 'ui/lazy.ts' });
    expect(graph.edges).toContainEqual({ from: 'ui/app.ts', to: 'core/index.ts' });
    expect(upwardImports(graph)).toEqual([]);
    expect(importCycles(graph)).toEqual([]);
    expect(deepImports(graph, doors)).toEqual([]);
  });

  it('an upward import, a ui → cli import and a workspace test importing the page fail', () => {
    expect(upwardImports(importGraph(join(FIXTURES, 'upward')))).toEqual([
      'core/values.ts (core) → workspace/store.ts (workspace)',
      'ui/app.ts (ui) → cli/main.ts (cli)',
      'workspace/store.test.ts (workspace) → ui/app.ts (ui)',
    ]);
  });

  it('a type-only cycle fails', () => {
    expect(importCycles(importGraph(join(FIXTURES, 'cycle')))).toEqual([
      ['ui/columns.ts', 'ui/table.ts'],
    ]);
  });

  it('a deep import into the core, even a dynamic one, fails', () => {
    expect(deepImports(importGraph(join(FIXTURES, 'deep')), doors)).toEqual([
      'ui/app.ts → core/rules/check.ts',
    ]);
  });
});

const CORE = new URL('../core/', import.meta.url).pathname;

/** Layer and group of a core module by its path under src/core. */
const LAYERS: readonly (readonly [RegExp, number, string])[] = [
  [/^(?:number|template-types|migrations|xml-chars|csv)\.ts$|^templates\//, 0, 'templates'],
  [/^(?:cells|roles|equations|report|cell-schema|org-name|provenance)\.ts$/, 1, 'report model'],
  [
    /^(?:values|totals|convert-format|carry-over|narrative|roll-forward|distribution)\.ts$/,
    2,
    'values',
  ],
  [/^(?:rules\/|profile\/|check\.ts$)/, 3, 'rules'],
  [/^layout\.ts$/, 3, 'layout'],
  [/^import\//, 3, 'importers'],
  [/^(?:render-|docx\/)/, 4, 'renderers'],
  [/^(?:summary\.ts$|review\/|county\/)/, 4, 'review'],
  [/^(?:index|word)\.ts$/, 5, 'entry'],
];

function layerOf(path: string): { layer: number; group: string } {
  const found = LAYERS.find(([pattern]) => pattern.test(path));
  if (!found) throw new Error(`${path} is in no layer: add it to LAYERS`);
  return { layer: found[1], group: found[2] };
}

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function imports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/\bfrom '(\.{1,2}\/[^']+)'/g)].map((m) =>
    relative(CORE, normalize(join(dirname(file), m[1] ?? ''))),
  );
}

function resolve(target: string): string {
  const candidates = [`${target}.ts`, join(target, 'index.ts'), target];
  const all = new Set(modules(CORE).map((f) => relative(CORE, f)));
  return candidates.find((c) => all.has(c)) ?? target;
}

describe('the import graph of the core', () => {
  const files = modules(CORE).map((f) => relative(CORE, f));

  it('every module has a layer', () => {
    for (const file of files) expect(() => layerOf(file), file).not.toThrow();
  });

  it('no module imports from a layer above it, nor across rules, layout and importers', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const target of imports(join(CORE, file)).map(resolve)) {
        if (target.startsWith('..')) continue; // outside the core: the lint rule forbids page/CLI
        const to = layerOf(target);
        const crosses = to.layer === from.layer && to.layer === 3 && to.group !== from.group;
        if (to.layer > from.layer || crosses)
          violations.push(`${file} (${from.group}) → ${target} (${to.group})`);
      }
    }
    expect(violations).toEqual([]);
  });
});
