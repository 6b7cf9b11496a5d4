/** Times of the built app in the browser: cold load, exports, imports. */
import type { Browser, Page } from '@playwright/test';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;

/** Cold load (fresh profile) to the first input of the page accepting text. */
export async function firstUsable(browser: Browser, url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const at = await page.waitForFunction(
      () => {
        const input = document.querySelector<HTMLInputElement>('main input, form input');
        return input && !input.disabled && input.offsetParent !== null ? performance.now() : false;
      },
      undefined,
      { polling: 'raf' },
    );
    times.push(Number(await at.jsonValue()));
    await context.close();
  }
  return Math.round(median(times));
}

async function timeDownload(page: Page, button: string): Promise<number> {
  const start = performance.now();
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return performance.now() - start;
}

/** The first click (the chunk may still load) and the median of three more. */
export async function exportTimes(page: Page, button: string): Promise<[number, number]> {
  const first = await timeDownload(page, button);
  const warm = [];
  for (let i = 0; i < 3; i++) warm.push(await timeDownload(page, button));
  return [Math.round(first), Math.round(median(warm))];
}

/** The import fixtures the page benches read, one per kind. */
export const IMPORTS: Record<string, string> = {
  json: 'import/distinct-2021.json',
  text: 'import/pdftotext-raw-2021.txt',
  html: 'import/page-2021.html',
  docx: 'import/libreoffice-2021.docx',
  pdf: 'import/libreoffice-2021.pdf',
};

/** Choosing a file → the review of what was read (or the opened report) shows. */
export async function importTimes(page: Page, home: string): Promise<Record<string, number>> {
  const times: Record<string, number> = {};
  for (const [kind, file] of Object.entries(IMPORTS)) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(home);
      const start = performance.now();
      await page.getByLabel('选择文件').setInputFiles(`src/fixtures/${file}`);
      await page
        .getByRole('region', { name: '识别结果' })
        .or(page.locator('.editor-title'))
        .first()
        .waitFor();
      runs.push(performance.now() - start);
    }
    times[kind] = Math.round(median(runs));
  }
  return times;
}
