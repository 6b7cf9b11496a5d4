/**
 * `npm run bench`: the speed of the built app, measured against the floor (plain inputs, no
 * framework) and a peer (the same table 三 in SurveyJS) in the same run, typed with the same
 * script in interleaved rounds, unthrottled and at 4× CPU throttle; plus cold load, exports,
 * imports, core and CLI throughput and heap growth. Prints one JSON line and writes it to
 * .bench/bench-result.json (and appends it to .bench/history.jsonl). Builds what is missing.
 * BENCH_PORT (default 4191) and BENCH_PORT+1 serve the app and the bench pages.
 */
import { execSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { bundleSizes } from './bundle-sizes';
import { exportTimes, firstUsable, importTimes } from './bench/app-timings';
import {
  prepare,
  quantile,
  typeEdits,
  typeRounds,
  type Subject as Typed,
} from './bench/keystrokes';
import { checkRate, cliTimings } from './bench/node-timings';
import { deskTimings } from './bench/desk-timings';
import { importLatency } from './bench/import-latency';
import { OFFLINE_ARGS, systemChromium } from './system-chromium';
import { fixtureReport } from '../src/testing/fixtures';

const EDITS = Number(process.env.BENCH_EDITS ?? 300);
const ROUNDS = 3;
/** Keys per subject, rate and round: even, so each digit has its Backspace. */
const PER_ROUND = 2 * Math.ceil(EDITS / ROUNDS / 2);
const PORT = Number(process.env.BENCH_PORT ?? 4191);
/** Keys typed after the latency rounds to measure heap growth, and their spacing. */
const HEAP_KEYS = Number(process.env.BENCH_HEAP_KEYS ?? 2000);
const HEAP_KEY_INTERVAL_MS = 30;

if (!existsSync('dist/index.html')) execSync('npx vite build', { stdio: 'inherit' });
if (!existsSync('.bench/pages/peer.html'))
  execSync('npx vite build -c scripts/bench-pages/vite.config.ts', { stdio: 'inherit' });

const serve = (outDir: string, port: number) =>
  preview({
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
    configFile: false,
  });

interface Subject extends Typed {
  readonly name: 'ours' | 'peer' | 'floor';
}

async function open(
  browser: Browser,
  name: Subject['name'],
  url: string,
  inputs: string,
): Promise<Subject> {
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 800 } })
  ).newPage();
  await page.goto(url);
  if (name === 'ours') {
    await page.getByRole('button', { name: /载入示例：青山镇人民政府/ }).click();
    await page.locator('input[data-cell="t3_new_natural"]').waitFor();
  }
  await page.locator(inputs).first().waitFor();
  return { name, page, cells: await prepare(page, inputs) };
}

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  // Twice: the first pass can leave garbage that finalizers only release for the second.
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / 1e6;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

async function measure(browser: Browser) {
  const app = `http://127.0.0.1:${PORT}/#/`;
  const pages = `http://127.0.0.1:${PORT + 1}`;
  const subjects: [Subject, ...Subject[]] = [
    await open(browser, 'ours', app, 'input[data-cell^="t3_"]:not([readonly])'),
    await open(browser, 'peer', `${pages}/peer.html`, '.sd-table input:not([readonly])'),
    await open(browser, 'floor', `${pages}/floor.html`, 'input[data-cell]'),
  ];
  const ours = subjects[0].page;
  const heapBefore = await heapMb(ours);
  const { latencies, cpu } = await typeRounds(subjects, [1, 4], ROUNDS, PER_ROUND);
  const of = (name: string, rate: number) => latencies[`${name}@${rate}`] ?? [];
  const keys = of('ours', 1).length + of('ours', 4).length;
  const heapEnd = await heapMb(ours);
  const heapWithWarmUp = (heapEnd - heapBefore) / (keys / 1000);
  // The heap over HEAP_KEYS more keys after the latency rounds (their keys are the warm-up: lazy
  // chunks, caches and compiled code are in place), typed faster: memory, not latency, is measured.
  await typeEdits(ours, subjects[0].cells, HEAP_KEYS, 0, HEAP_KEY_INTERVAL_MS);
  const heapGrowth = ((await heapMb(ours)) - heapEnd) / (HEAP_KEYS / 1000);
  /** Main-thread ms per key (CDP TaskDuration / ScriptDuration over the typing, Playwright's own calls included alike). */
  const perKey = (name: string, rate: number, what: 'task' | 'script') => {
    const sum = cpu[`${name}@${rate}`];
    return sum ? round1((sum[what] * 1000) / sum.keys) : NaN;
  };
  const p = (name: string, rate: number, q: number) => round1(quantile(of(name, rate), q));

  // The typing left every value as it was: the example still has no errors.
  await ours.locator('.checks-body h2', { hasText: '0 个错误' }).waitFor({ state: 'attached' });
  const [docxFirst, docxWarm] = await exportTimes(ours, '导出 Word');
  const [txtFirst, txtWarm] = await exportTimes(ours, '导出文本');
  const result = {
    at: new Date().toISOString(),
    edits_per_subject_and_rate: of('ours', 1).length,
    keystroke_p50_ms: p('ours', 1, 0.5),
    keystroke_p95_ms: p('ours', 1, 0.95),
    keystroke_p50_ms_throttled: p('ours', 4, 0.5),
    keystroke_p95_ms_throttled: p('ours', 4, 0.95),
    peer_keystroke_p50_ms: p('peer', 1, 0.5),
    peer_keystroke_p95_ms: p('peer', 1, 0.95),
    peer_keystroke_p95_ms_throttled: p('peer', 4, 0.95),
    floor_keystroke_p50_ms: p('floor', 1, 0.5),
    floor_keystroke_p95_ms: p('floor', 1, 0.95),
    floor_keystroke_p95_ms_throttled: p('floor', 4, 0.95),
    ratio_p95_to_floor: ratio(p('ours', 1, 0.95), p('floor', 1, 0.95)),
    ratio_p95_to_floor_throttled: ratio(p('ours', 4, 0.95), p('floor', 4, 0.95)),
    ratio_p95_to_peer: ratio(p('ours', 1, 0.95), p('peer', 1, 0.95)),
    ratio_p95_to_peer_throttled: ratio(p('ours', 4, 0.95), p('peer', 4, 0.95)),
    first_usable_ms: await firstUsable(browser, app),
    initial_js_gzip_bytes: bundleSizes().initial_js_gzip_bytes,
    single_file_bytes: bundleSizes().single_file_bytes,
    docx_export_ms: docxFirst,
    docx_export_ms_warm: docxWarm,
    txt_export_ms: txtFirst,
    txt_export_ms_warm: txtWarm,
    import_ms: await importTimes(ours, app),
    // In-page: file chosen → review shown, the first import after load and the next (issue 26).
    ...(await importLatency(browser, app)),
    // The desk with 1,000 mixed files (BENCH_DESK_FILES): listed, longest task, heap, workers.
    ...(await deskTimings(browser, app)),
    heap_keys: HEAP_KEYS,
    heap_growth_mb_per_1000_keys: Math.round(heapGrowth * 100) / 100,
    heap_growth_mb_per_1000_keys_with_warmup: Math.round(heapWithWarmUp * 100) / 100,
    ...Object.fromEntries(
      (['ours', 'peer', 'floor'] as const).flatMap((name) =>
        [1, 4].flatMap((rate) =>
          (['task', 'script'] as const).map((what) => [
            `${name}_${what}_ms_per_key${rate === 4 ? '_throttled' : ''}`,
            perKey(name, rate, what),
          ]),
        ),
      ),
    ),
  };
  return result;
}

const servers: PreviewServer[] = [await serve('dist', PORT), await serve('.bench/pages', PORT + 1)];
const executablePath = systemChromium();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: OFFLINE_ARGS,
});
try {
  const browserFigures = await measure(browser);
  const linked = fixtureReport('reports/example-2021.json');
  const result = {
    ...browserFigures,
    check_reports_per_s: checkRate(),
    check_reports_per_s_last_year_linked: checkRate(linked),
    ...(await cliTimings()),
    cpus: (await import('node:os')).cpus().length,
    loadavg_1m: (await import('node:os')).loadavg()[0],
  };
  const line = JSON.stringify(result);
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/bench-result.json', `${line}\n`);
  appendFileSync('.bench/history.jsonl', `${line}\n`);
  console.log(line);
} finally {
  await browser.close();
  for (const server of servers)
    await new Promise<void>((resolve) =>
      server.httpServer.close(() => {
        resolve();
      }),
    );
}
