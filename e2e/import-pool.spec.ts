/**
 * Imports reuse their workers (issue 26): the importers and pdfjs load once per worker, not once
 * per file, in the review desk and in the editor alike.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './app';
import { ReviewDesk } from './review-desk';

const pdf = readFileSync(new URL('../src/fixtures/import/libreoffice-2021.pdf', import.meta.url));

/** Count the dedicated workers the page starts, by script (nested ones included). */
function countWorkers(page: Page): Map<string, number> {
  const started = new Map<string, number>();
  page.on('worker', (worker) => {
    const script = /(import-worker|pdf\.worker|review\.worker)/.exec(worker.url())?.[1] ?? 'other';
    started.set(script, (started.get(script) ?? 0) + 1);
  });
  return started;
}

test('批量审核 reads twelve PDFs with at most four import workers and one pdfjs worker each', async ({
  page,
}) => {
  const started = countWorkers(page);
  const desk = new ReviewDesk(page);
  await desk.open();
  const files = Array.from({ length: 12 }, (_, i) => ({
    name: `报告${i + 1}.pdf`,
    mimeType: 'application/pdf',
    // A comment after %%EOF: the same report, but another file (the desk lists a file once).
    buffer: Buffer.concat([pdf, Buffer.from(`\n% copy ${i}\n`)]),
  }));
  await page.getByLabel('选择文件', { exact: true }).setInputFiles(files);
  // Twelve PDFs on a loaded 2-core machine take longer than one expect's default wait.
  await expect(page.getByRole('status')).toContainText('已读入', { timeout: 120_000 });
  await expect(desk.rows).toHaveCount(12);
  const imports = started.get('import-worker') ?? 0;
  expect(imports).toBeGreaterThan(0);
  expect(imports).toBeLessThanOrEqual(4);
  expect(started.get('pdf.worker') ?? 0).toBeLessThanOrEqual(imports);
});

test('a second PDF imported in the editor starts no new worker', async ({ app, page }) => {
  const started = countWorkers(page);
  await app.home();
  const review = page.getByRole('region', { name: '识别结果' });
  for (const name of ['第一份.pdf', '第二份.pdf']) {
    await page
      .getByLabel('选择文件')
      .setInputFiles({ name, mimeType: 'application/pdf', buffer: pdf });
    await expect(review).toContainText('2021年格式');
    await review.getByRole('button', { name: '放弃' }).click();
    await expect(review).toHaveCount(0);
  }
  expect(started.get('import-worker')).toBe(1);
  expect(started.get('pdf.worker')).toBe(1);
});
