/**
 * Outside the templates no source file spells a cell id ("t3_carried_…") or a format id ("2021"):
 * code asks the template for roles, and the template list for format ids. Tests, fixtures and
 * test support may spell them (they check the contract).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../', import.meta.url).pathname;
const EXEMPT = /^(?:core\/templates\/|fixtures\/|testing\/)|\.test\.tsx?$/;
/** A quoted cell id or id pattern: 't3_…', "t4_…", `t2_${…}`. */
const CELL_ID = /['"`]t[234]_/;
/** A quoted format id. */
const FORMAT_ID = /['"`]20(?:19|21)['"`]/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('ids are spelled only in the templates', () => {
  it('no cell id or format id literal in non-test source', () => {
    const found: string[] = [];
    for (const file of sources(SRC)) {
      const path = relative(SRC, file);
      if (EXEMPT.test(path)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (CELL_ID.test(line) || FORMAT_ID.test(line))
            found.push(`${path}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
