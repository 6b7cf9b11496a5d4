/** Where the reading corpus's cases come from: its seeds and the bases of its reports. */
import { fixtureReport } from '../fixtures';
import type { Bases } from './corpus-case';

/** The seed of the corpus's i-th case (spread, so the cases are not neighbours). */
export function corpusSeed(i: number): number {
  return 1000 + i * 7919;
}

/** The reports the corpus takes its meta data from, per format. */
export function corpusBases(): Bases {
  return {
    '2019': fixtureReport('reports/seed-000.json'),
    '2021': fixtureReport('reports/example-2021.json'),
  };
}
