/**
 * Page import latency, measured inside the page: the file input's `change` (file chosen) to the
 * import review (识别结果) in the DOM, for each kind, on a freshly loaded page (the first import
 * after load) and again on the same page (warm), and first after the page is loaded again with
 * its service worker installed (returning: the everyday load). Run by `npm run bench` and by
 * `npx tsx scripts/bench/import-latency.ts` (BENCH_PORT, default 4191; builds nothing: run
 * `npx vite build` first).
 */
import type { Browser, Page } from '@playwright/test';
import { IMPORTS } from './app-timings';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;

/** Records, in the page, when a file is chosen and when the import review appears. */
function watchImports(): void {
  const w = window as unknown as { chosen?: number; shown?: number };
  document.addEventListener(
    'change',
    () => {
      w.chosen = performance.now();
      w.shown = undefined;
    },
    true,
  );
  new MutationObserver(() => {
    if (w.chosen === undefined || w.shown !== undefined) return;
    if (document.querySelector('[aria-label="识别结果"], .editor-title'))
      w.shown = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

export async function importOnce(page: Page, file: string): Promise<number> {
  await page.getByLabel('选择文件').setInputFiles(`src/fixtures/${file}`);
  const handle = await page.waitForFunction(() => {
    const w = window as unknown as { chosen?: number; shown?: number };
    return w.shown !== undefined && w.chosen !== undefined ? w.shown - w.chosen : false;
  });
  const ms = Number(await handle.jsonValue());
  const review = page.getByRole('region', { name: '识别结果' });
  if (await review.count()) await review.getByRole('button', { name: '放弃' }).click();
  return ms;
}

/** A fresh profile's page, loaded and settled, with the import watch in place. */
export async function settledPage(browser: Browser, home: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(watchImports);
  // As a clerk would: the page has loaded and settled before a file is picked (a file dialog
  // takes seconds anyway); what the page does in that time counts for the first import.
  await page.goto(home, { waitUntil: 'networkidle' });
  await page.getByLabel('选择文件').waitFor();
  // Playwright's own script for waitForFunction, injected into the page's world on first use
  // (~30 ms of the page's thread in a trace), now rather than inside the first import.
  await page.waitForFunction(() => true);
  return { context, page };
}

/**
 * The first import with the file chosen as soon as the page can take one (its warm-up still
 * running), as a probe that picks a file right after load does: a fresh profile, no settling.
 */
export async function importEarly(browser: Browser, home: string, file: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(watchImports);
  await page.goto(home, { waitUntil: 'commit' });
  await page.getByLabel('选择文件').waitFor({ state: 'attached' });
  await page.waitForFunction(() => true);
  const ms = await importOnce(page, file);
  await context.close();
  return ms;
}

/** Kinds to measure: BENCH_KINDS=docx,pdf for a part (every kind by default). */
export function kinds(): [string, string][] {
  const only = process.env.BENCH_KINDS?.split(',');
  return Object.entries(IMPORTS).filter(([kind]) => !only || only.includes(kind));
}

/** Milliseconds from choosing a file to its review: first after load and warm, median of `runs`. */
export async function importLatency(
  browser: Browser,
  home: string,
  runs = Number(process.env.BENCH_RUNS ?? 3),
): Promise<Record<string, number>> {
  const times: Record<string, number> = {};
  for (const [kind, file] of kinds()) {
    const early: number[] = [];
    const first: number[] = [];
    const warm: number[] = [];
    const returning: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { context, page } = await settledPage(browser, home);
      first.push(await importOnce(page, file));
      warm.push(await importOnce(page, file));
      // A returning clerk: the service worker installed (its first visit precached every chunk
      // and CMap, still fetching when the first file above was chosen), the page loaded again.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.reload({ waitUntil: 'networkidle' });
      await page.getByLabel('选择文件').waitFor();
      await page.waitForFunction(() => true);
      returning.push(await importOnce(page, file));
      await context.close();
      early.push(await importEarly(browser, home, file));
    }
    // BENCH_RAW=1: every run's figure on stderr (the spread behind a median).
    if (process.env.BENCH_RAW) console.error(kind, { early, first, warm, returning });
    times[`import_first_${kind}_ms`] = Math.round(median(first));
    times[`import_early_${kind}_ms`] = Math.round(median(early));
    times[`import_warm_${kind}_ms`] = Math.round(median(warm));
    times[`import_first_returning_${kind}_ms`] = Math.round(median(returning));
  }
  return times;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { runStandalone } = await import('./standalone');
  await runStandalone(importLatency);
}
