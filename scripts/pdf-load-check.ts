/**
 * Good PDFs checked by the command line on a machine kept busy (issue 19): `BUSY` processes spin
 * on every core while `gongkai check --json --jobs 2` reads `COPIES` copies of each good PDF
 * fixture; prints how many were refused (none should be: the bounds count work, not time), the
 * time taken and the load. Not a test (it takes minutes): run it by hand.
 *
 *   npx tsx scripts/pdf-load-check.ts [COPIES=6] [BUSY=4]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const copies = Number(process.argv[2] ?? 6);
const busy = Number(process.argv[3] ?? 4);
const fixtures = [
  'libreoffice-2021.pdf',
  'blank-zeros-2021.pdf',
  'narrow-total-2021.pdf',
  'actions-one-page-2021.pdf',
  'actions-libreoffice-2021.pdf',
];
const dir = mkdtempSync(join(tmpdir(), 'gongkai-load-'));
const files: string[] = [];
for (let i = 0; i < copies; i++) {
  for (const name of fixtures) {
    const file = join(dir, `${i}-${name}`);
    copyFileSync(new URL(`../src/fixtures/import/${name}`, import.meta.url), file);
    files.push(file);
  }
}
const spinners: ChildProcess[] = Array.from({ length: busy }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const started = performance.now();
const child = spawn(
  process.execPath,
  [
    new URL('../bin/gongkai.js', import.meta.url).pathname,
    'check',
    '--json',
    '--jobs',
    '2',
    ...files,
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const out: Buffer[] = [];
child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
const loads: number[] = [];
const sampler = setInterval(() => loads.push(loadavg()[0] ?? 0), 5_000);
child.on('close', (status) => {
  clearInterval(sampler);
  for (const spinner of spinners) spinner.kill();
  const results = JSON.parse(Buffer.concat(out).toString('utf8')) as { error?: string }[];
  const refused = results.filter((r) => r.error !== undefined);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const load = loads.length ? Math.max(...loads).toFixed(1) : loadavg()[0]?.toFixed(1);
  console.log(
    `${results.length} good PDFs, ${busy} busy loops on ${readFileSync('/proc/cpuinfo', 'utf8').split('processor').length - 1} cores: ` +
      `${refused.length} refused, exit ${status}, ${seconds} s, peak 1-min load ${load}`,
  );
  for (const r of refused) console.log(`  ${r.error ?? ''}`);
});
