/**
 * The bench's PDF figure alone (scripts/bench/node-timings.ts pdfTimes, ~30 s instead of the
 * whole bench's 11 min), with CPU time beside wall time, which a shared machine makes noisy: one
 * `gongkai check --json` process over COUNT copies of the bench's PDF (LibreOffice's print of the
 * example report) against `pdftotext -layout` once per copy, ROUNDS times interleaved.
 *
 * Run: npx tsx scripts/pdf-speed.ts [COUNT=100] [ROUNDS=3] [PDF]  (needs soffice, pdftotext and
 * GNU time; the PDF defaults to .bench/pdf-inputs/bench-example-2021.pdf, made by
 * scripts/pdf-readings.ts, or is made here).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDocx } from '../src/core/render-docx';
import { fixtureReport } from '../src/testing/fixtures';

const [count = 100, rounds = 3] = process.argv.slice(2, 4).map(Number);
const source = process.argv[4] ?? '.bench/pdf-inputs/bench-example-2021.pdf';

if (!existsSync(source)) {
  mkdirSync('.bench/pdf-inputs', { recursive: true });
  const docx = source.replace(/\.pdf$/, '.docx');
  writeFileSync(docx, await renderDocx(fixtureReport('reports/example-2021.json')));
  execFileSync(
    'soffice',
    ['--headless', '--convert-to', 'pdf', '--outdir', '.bench/pdf-inputs', docx],
    { stdio: 'ignore' },
  );
  rmSync(docx);
}

/** Wall and CPU (user + system) milliseconds of a command, by GNU time. */
function timed(command: string, args: string[]): { wall: number; cpu: number } {
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%U %S', command, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = performance.now() - start;
  const last = run.stderr.toString().trim().split('\n').pop() ?? '';
  const [user = NaN, system = NaN] = last.split(' ').map(Number);
  if (run.status === 2) throw new Error(run.stderr.toString());
  return { wall, cpu: (user + system) * 1000 };
}

const dir = mkdtempSync(join(tmpdir(), 'gongkai-pdf-speed-'));
try {
  const files = Array.from({ length: count }, (_, i) => join(dir, `r${i}.pdf`));
  for (const file of files) copyFileSync(source, file);
  for (let round = 1; round <= rounds; round++) {
    const ours = timed(process.execPath, ['bin/gongkai.js', 'check', '--json', ...files]);
    // Wall time as the bench takes it (no GNU time in between), CPU time in a second pass.
    const start = performance.now();
    for (const file of files)
      execFileSync('pdftotext', ['-layout', file, '-'], { stdio: 'ignore' });
    const wall = performance.now() - start;
    let cpu = 0;
    for (const file of files) cpu += timed('pdftotext', ['-layout', file, '-']).cpu;
    const f = (n: number) => (n / count).toFixed(1);
    console.log(
      `round ${round}: cli ${f(ours.wall)} ms/file (cpu ${f(ours.cpu)}) · pdftotext -layout ${f(wall)} ms/file (cpu ${f(cpu)}) · ratio ${(ours.wall / wall).toFixed(2)} (cpu ${(ours.cpu / cpu).toFixed(2)}) · load ${loadavg()[0]?.toFixed(1)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
