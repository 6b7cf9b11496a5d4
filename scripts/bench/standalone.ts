/**
 * A page bench outside `npm run bench`: dist/ (or BENCH_DIST) served on BENCH_PORT (default
 * 4191; builds nothing) and the system Chromium launched offline, both closed after.
 */
import type { Browser } from '@playwright/test';

/** Runs `measure` with the browser and the served app's address; closes both after. */
export async function withPageBench<T>(
  measure: (browser: Browser, url: string) => Promise<T>,
): Promise<T> {
  const { chromium } = await import('@playwright/test');
  const { preview } = await import('vite');
  const { OFFLINE_ARGS, systemChromium } = await import('../system-chromium');
  const port = Number(process.env.BENCH_PORT ?? 4191);
  // BENCH_DIST: another build to measure (an A/B against an older dist folder).
  const outDir = process.env.BENCH_DIST ?? 'dist';
  const server = await preview({
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  const executablePath = systemChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: OFFLINE_ARGS,
  });
  try {
    return await measure(browser, `http://127.0.0.1:${port}/`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Run one page bench on its own (`npx tsx scripts/bench/<x>.ts`): its figures as JSON. */
export async function runStandalone(
  measure: (browser: Browser, url: string) => Promise<Record<string, unknown>>,
): Promise<void> {
  console.log(JSON.stringify(await withPageBench(measure)));
}
