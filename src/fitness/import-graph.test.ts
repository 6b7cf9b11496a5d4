/**
 * The core reads bottom-up: templates, then the report model, then values, then rules / layout /
 * importers (which do not reach into each other), then renderers and the review desk (汇总,
 * findings CSV, 审核意见, the county's indicators and 通报), then the entry. A module never
 * imports from a layer above its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

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
  [/^(?:import\/|report-embed\.ts$)/, 3, 'importers'],
  [/^(?:render-|docx\/)/, 4, 'renderers'],
  [/^(?:summary\.ts$|review\/|county\/)/, 4, 'review'],
  [/^index\.ts$/, 5, 'entry'],
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
