/** The repository's fixtures for tests: report files, goldens, seeds and import inputs. */
import { readdirSync, readFileSync } from 'node:fs';
import type { CellSource } from '../core/import/import-result';
import { loadReport, type CellValue, type Report } from '../core/report';

const ROOT = new URL('../fixtures/', import.meta.url);

/** The URL of a fixture file, by its path under src/fixtures ("import/page-2021.html"). */
export function fixtureUrl(path: string): URL {
  return new URL(path, ROOT);
}

/** The text of a fixture file. */
export function readFixture(path: string): string {
  return readFileSync(fixtureUrl(path), 'utf8');
}

/** A report file among the fixtures, by its path ("import/distinct-2021.json"). */
export function fixtureReport(path: string): Report {
  const loaded = loadReport(readFixture(path));
  if (!loaded.ok) throw new Error(`${path}: ${loaded.message}`);
  return loaded.report;
}

/** One of the example reports ("seed-001" or "seed-001.json"). */
export function reportFixture(name: string): Report {
  return fixtureReport(`reports/${name.replace(/\.json$/, '')}.json`);
}

/** The names of the example reports (the five seeds and the 2021 example), sorted. */
export const REPORT_FIXTURES: readonly string[] = readdirSync(fixtureUrl('reports/'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

/**
 * Imported cells as the source printed them: the cells the importer derived from the equations
 * (a 总计 the source left out) back to blank, as the hand transcriptions have them.
 */
export function printedCells(
  cells: Readonly<Record<string, CellValue>>,
  provenance: Readonly<Record<string, CellSource>>,
): Record<string, CellValue> {
  return Object.fromEntries(
    Object.entries(cells).map(([id, v]) => {
      const p = provenance[id];
      return [id, p?.source === 'inferred' && p.how.startsWith('原文未列出') ? null : v];
    }),
  );
}
