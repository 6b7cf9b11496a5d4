/**
 * Size budgets of the built page (issue 13), read from dist/ after the build: sizes are stable
 * where times are not. The heavy parts — the Word writer, the importers, pdfjs — must stay out of
 * the first load; the single file's size is recorded with the test's results.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { bundleSizes } from '../scripts/bundle-sizes';

/** Initial JS, gzip-compressed: what an old PC on a slow internal network fetches first. */
const INITIAL_JS_BUDGET = 200 * 1024;
/** The one file goes by e-mail: past this it would bounce off many mail servers' limits. */
const SINGLE_FILE_BUDGET = 8 * 1024 * 1024;

test('the first load stays within 200 KB of gzipped JS, without the Word writer, importers or pdfjs', async () => {
  const sizes = bundleSizes();
  await test.info().attach('bundle-sizes.json', {
    body: JSON.stringify(sizes, null, 2),
    contentType: 'application/json',
  });
  console.log(
    `initial JS ${sizes.initial_js_gzip_bytes} B gzip; single file ${sizes.single_file_bytes} B (${sizes.single_file_gzip_bytes} B gzip)`,
  );
  expect(sizes.initial_js_gzip_bytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  const initial = sizes.initial_js_files.map((file) => readFileSync(file, 'utf8')).join('\n');
  // Marks of each lazy part's code: docx's OOXML writer, the importers' messages, pdfjs.
  expect(initial).not.toContain('http://schemas.openxmlformats.org/wordprocessingml/2006/main');
  expect(initial).not.toContain('不像是一份年度报告');
  expect(initial).not.toContain('WorkerMessageHandler');
  expect(initial).not.toContain('getDocument');
  // …and of the parts a first visit does without: the example reports, fflate, the table library.
  for (const name of ['example-2021', 'seed-000', 'seed-004']) {
    const { meta } = JSON.parse(readFileSync(`src/fixtures/reports/${name}.json`, 'utf8')) as {
      meta: { org: string };
    };
    expect(initial).not.toContain(meta.org);
  }
  expect(initial).not.toContain('invalid zip data');
  expect(initial).not.toContain('getCoreRowModel');
  // …and the desk's charts: ECharts loads with the 指标 view only.
  expect(initial).not.toContain('renderToSVGString');
  expect(sizes.single_file_bytes).not.toBeNull();
  expect(sizes.single_file_bytes ?? Infinity).toBeLessThanOrEqual(SINGLE_FILE_BUDGET);
});
