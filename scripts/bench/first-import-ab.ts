/**
 * The first import after load, A/B: builds given in BENCH_APPS (dist folders, comma-separated)
 * served side by side and measured in interleaved rounds (same load for each), per kind: the file
 * chosen on a settled page (first) and as soon as the page takes one (early). Medians on stdout,
 * every figure on stderr. `BENCH_APPS=/tmp/old-dist,dist BENCH_KINDS=docx,pdf BENCH_RUNS=5 npx
 * tsx scripts/bench/first-import-ab.ts` (BENCH_PORT, default 4191, and the ports after it).
 */
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { OFFLINE_ARGS, systemChromium } from '../system-chromium';
import { importEarly, importOnce, kinds, settledPage } from './import-latency';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;

const apps = (process.env.BENCH_APPS ?? 'dist').split(',');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const port = Number(process.env.BENCH_PORT ?? 4191);
const servers = await Promise.all(
  apps.map((outDir, i) =>
    preview({
      build: { outDir },
      preview: { port: port + i, strictPort: true, host: '127.0.0.1' },
    }),
  ),
);
const executablePath = systemChromium();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: OFFLINE_ARGS,
});
const times = new Map<string, number[]>();
const add = (key: string, ms: number) => times.set(key, [...(times.get(key) ?? []), ms]);
try {
  for (let round = 0; round < runs; round++) {
    for (const [kind, file] of kinds()) {
      for (const [i, app] of apps.entries()) {
        const home = `http://127.0.0.1:${port + i}/`;
        const { context, page } = await settledPage(browser, home);
        add(`${app} first ${kind}`, await importOnce(page, file));
        await context.close();
        add(`${app} early ${kind}`, await importEarly(browser, home, file));
      }
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
for (const [key, values] of times) {
  console.error(key, values.map(Math.round).join(' '));
  console.log(`${key}: ${Math.round(median(values))}`);
}
