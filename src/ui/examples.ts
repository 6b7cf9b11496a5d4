/** The example reports shipped with the page: the five real 2020 seeds and a complete 2021 report. */
import { parseReport, type Report } from '../core';
import example2021 from '../fixtures/reports/example-2021.json';
import seed000 from '../fixtures/reports/seed-000.json';
import seed001 from '../fixtures/reports/seed-001.json';
import seed002 from '../fixtures/reports/seed-002.json';
import seed003 from '../fixtures/reports/seed-003.json';
import seed004 from '../fixtures/reports/seed-004.json';

export interface Example {
  readonly label: string;
  readonly report: Report;
}

function example(data: unknown): Example {
  const parsed = parseReport(data);
  if (!parsed.ok) throw new Error(parsed.message);
  const { meta, template } = parsed.report;
  return { label: `${meta.org} ${meta.year}年（${template}年格式）`, report: parsed.report };
}

export const EXAMPLES: readonly Example[] = [
  example2021,
  seed000,
  seed001,
  seed002,
  seed003,
  seed004,
].map(example);
