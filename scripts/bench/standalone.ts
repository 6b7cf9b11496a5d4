/**
 * Run one page bench on its own (`npx tsx scripts/bench/<x>.ts`): serve dist/ on BENCH_PORT
 * (default 4191; builds nothing), launch the system Chromium offline, print the figures as JSON.
 */
import type { Browser } from '@playwright/test';

export async function runStandalone(
  measure: (browser: Browser, url: string) => Promise<Record<string, unknown>>,
): Promise<void> {
  const { chromium } = await import('@playwright/test');
  const { preview } = await import('vite');
  const { OFFLINE_ARGS, systemChromium } = await import('../system-chromium');
  const port = Number(process.env.BENCH_PORT ?? 4191);
  const server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' } });
  const executablePath = systemChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: OFFLINE_ARGS,
  });
  try {
    console.log(JSON.stringify(await measure(browser, `http://127.0.0.1:${port}/`)));
  } finally {
    await browser.close();
    server.httpServer.close();
  }
}
