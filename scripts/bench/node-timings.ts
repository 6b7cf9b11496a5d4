/** Core and CLI throughput, in this process and in one CLI process. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkAll, type Report } from '../../src/core';
import { renderDocx } from '../../src/core/render-docx';
import { fixtureReport } from '../../src/testing/fixtures';

const EXAMPLES = ['example-2021', 'seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'];

/** checkAll calls per second over the example reports for about a second (after a warm-up). */
export function checkRate(lastYear?: Report): number {
  const reports = EXAMPLES.map((name) => fixtureReport(`reports/${name}.json`));
  for (const report of reports) checkAll(report, lastYear);
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < 1000) {
    for (const report of reports) checkAll(report, lastYear);
    done += reports.length;
  }
  return Math.round(done / ((performance.now() - start) / 1000));
}

function runCli(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['bin/gongkai.js', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (result.status === 2)
    throw new Error(`gongkai ${args[0]} failed: ${result.stderr.toString()}`);
  return ms;
}

/** Files per second of one `gongkai check` process over `count` copies of a file. */
function cliRate(source: string, ext: string, count: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
  try {
    const files = Array.from({ length: count }, (_, i) => join(dir, `r${i}.${ext}`));
    for (const file of files) copyFileSync(source, file);
    return Math.round(count / (runCli(['check', '--json', ...files]) / 1000));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The Word file as LibreOffice prints it to PDF (what an office sends in), in `dir`. */
function officePdf(docx: string, dir: string): string {
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    stdio: 'ignore',
  });
  return docx.replace(/\.docx$/, '.pdf');
}

/**
 * Milliseconds per PDF: one `gongkai check` process over `count` copies, and `pdftotext -layout`
 * (the reference: text only, no tables read) run once per copy, in the same run.
 */
function pdfTimes(source: string, count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-pdf-'));
  try {
    const files = Array.from({ length: count }, (_, i) => join(dir, `r${i}.pdf`));
    for (const file of files) copyFileSync(source, file);
    const ours = runCli(['check', '--json', ...files]) / count;
    const start = performance.now();
    for (const file of files)
      execFileSync('pdftotext', ['-layout', file, '-'], { stdio: 'ignore' });
    const reference = (performance.now() - start) / count;
    return {
      cli_pdf_ms_per_file: Math.round(ours),
      pdftotext_layout_ms_per_file: Math.round(reference),
      ratio_cli_pdf_to_pdftotext: Number((ours / reference).toFixed(2)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function cliTimings() {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-bench-src-'));
  try {
    const report = fixtureReport('reports/example-2021.json');
    const json = 'src/fixtures/reports/example-2021.json';
    const docx = join(dir, 'report.docx');
    writeFileSync(docx, await renderDocx(report));
    // Not timed: the first run builds the CLI's bundle if its sources changed (bin/cli-bundle.js).
    runCli(['--help']);
    const help = [0, 1, 2].map(() => runCli(['--help'])).sort((a, b) => a - b)[1] ?? NaN;
    return {
      cli_help_ms: Math.round(help),
      cli_files_per_s: cliRate(json, 'json', 1000),
      cli_docx_files_per_s: cliRate(docx, 'docx', 1000),
      ...pdfTimes(officePdf(docx, dir), 100),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
