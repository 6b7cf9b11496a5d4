/**
 * The keystroke part of `npm run bench` on its own: table 三 typed in the built app and in the
 * floor page (plain inputs), in interleaved rounds, p50/p95 latency and main-thread ms per key.
 * BENCH_APPS (comma-separated built dist folders, default `dist`) types into each build in the same
 * rounds — an older commit's build beside today's shows what a change costs under the same load.
 * BENCH_RATES (default `1,4`), BENCH_EDITS (default 300 per subject and rate), BENCH_PORT (default
 * 4191; the floor and each app take the next ports). `npx tsx scripts/bench/typing.ts`; builds the
 * bench pages when missing, never the app.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { preview } from 'vite';
import { OFFLINE_ARGS, systemChromium } from '../system-chromium';
import { prepare, quantile, typeRounds, type Subject } from './keystrokes';

const EDITS = Number(process.env.BENCH_EDITS ?? 300);
const ROUNDS = 3;
const PER_ROUND = 2 * Math.ceil(EDITS / ROUNDS / 2);
const PORT = Number(process.env.BENCH_PORT ?? 4191);
const APPS = (process.env.BENCH_APPS ?? 'dist').split(',');
const RATES = (process.env.BENCH_RATES ?? '1,4').split(',').map(Number);

async function open(browser: Browser, name: string, url: string, inputs: string): Promise<Subject> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  if (name !== 'floor') {
    await page.getByRole('button', { name: /载入示例：青山镇人民政府/ }).click();
    await page.locator('input[data-cell="t3_new_natural"]').waitFor();
  }
  await page.locator(inputs).first().waitFor();
  return { name, page, cells: await prepare(page, inputs) };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

if (!existsSync('.bench/pages/floor.html'))
  execSync('npx vite build -c scripts/bench-pages/vite.config.ts', { stdio: 'inherit' });
const serve = (outDir: string, port: number) =>
  preview({
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
    configFile: false,
  });
const servers = [
  await serve('.bench/pages', PORT),
  ...(await Promise.all(APPS.map((dir, i) => serve(dir, PORT + 1 + i)))),
];
const executablePath = systemChromium();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: OFFLINE_ARGS,
});
try {
  const subjects = [
    ...(await Promise.all(
      APPS.map((dir, i) =>
        open(
          browser,
          dir,
          `http://127.0.0.1:${PORT + 1 + i}/#/`,
          'input[data-cell^="t3_"]:not([readonly])',
        ),
      ),
    )),
    await open(browser, 'floor', `http://127.0.0.1:${PORT}/floor.html`, 'input[data-cell]'),
  ];
  const { latencies, cpu } = await typeRounds(subjects, RATES, ROUNDS, PER_ROUND);
  const figures: Record<string, unknown> = {};
  for (const rate of RATES) {
    const floor95 = quantile(latencies[`floor@${rate}`] ?? [], 0.95);
    for (const { name } of subjects) {
      const key = `${name}@${rate}`;
      const sum = cpu[key];
      figures[key] = {
        p50: round1(quantile(latencies[key] ?? [], 0.5)),
        p95: round1(quantile(latencies[key] ?? [], 0.95)),
        ratio_p95_to_floor:
          Math.round((quantile(latencies[key] ?? [], 0.95) / floor95) * 100) / 100,
        task_ms_per_key: sum ? round1((sum.task * 1000) / sum.keys) : NaN,
        script_ms_per_key: sum ? round1((sum.script * 1000) / sum.keys) : NaN,
      };
    }
  }
  console.log(JSON.stringify(figures));
} finally {
  await browser.close();
  for (const server of servers) server.httpServer.close();
}
