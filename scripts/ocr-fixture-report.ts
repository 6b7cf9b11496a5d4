/**
 * The 2019 report of the OCR fixtures: seed 002 (a real county office's report, every cell 0)
 * with balanced random numbers, as most offices' tables are a few numbers among many zeros, under
 * a county name OCR often misreads (沭阳 as 沐阳). Usage: tsx scripts/ocr-fixture-report.ts OUT.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Report } from '../src/core/report';
import { randomReport } from '../src/testing/random-report';

const base = JSON.parse(readFileSync('src/fixtures/reports/seed-002.json', 'utf8')) as Report;
const report = randomReport(base, '2019', 27);
const org = '沭阳县人民政府办公室';
writeFileSync(
  process.argv[2] ?? 'report.json',
  JSON.stringify({ ...report, meta: { ...report.meta, org } }, null, 2) + '\n',
);
