/** The repository's fixtures for tests: report files, goldens, seeds and import inputs. */
import { readdirSync, readFileSync } from 'node:fs';
import { loadReport, type Report } from '../core/report';

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
