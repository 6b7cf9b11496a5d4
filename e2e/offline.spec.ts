/**
 * Offline and locked down (issue 8): every request of a full session stays on the page's origin
 * under the built page's Content-Security-Policy, and once the service worker is active the page
 * reloads, exports Word and imports files with the network gone.
 */
import type { Page } from '@playwright/test';
import { parts } from '../src/testing/docx-structure';
import { readFileSync } from 'node:fs';
import { unembeddedCjkPdf } from '../src/testing/hostile-files';
import { expect, readFixture, test } from './app';

const importFile = (name: string) =>
  new URL(`../src/fixtures/import/${name}`, import.meta.url).pathname;

/**
 * Export Word and check the downloaded file is the report's .docx. `asDraft`: the report has open
 * findings, so the export dialog asks first and the draft goes out.
 */
async function exportWord(page: Page, org: string, asDraft = false): Promise<void> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Word' }).click();
  if (asDraft)
    await page.getByRole('dialog').getByRole('button', { name: '导出草稿（Word）' }).click();
  const files = parts(readFileSync(await (await download).path()));
  expect(files['word/document.xml']).toContain(org);
}

/** Import a file from the drafts page and open it: the review shows, confirming opens it. */
async function importAndOpen(page: Page, file: string, kind: string): Promise<void> {
  await page.getByLabel('选择文件').setInputFiles(importFile(file));
  const review = page.getByRole('region', { name: '识别结果' });
  await expect(review).toContainText(kind);
  await review.getByRole('button', { name: '作为新草稿打开' }).click();
  await expect(page.locator('input[data-cell="t3_new_natural"]')).toBeVisible();
  await page.getByRole('button', { name: '← 草稿列表' }).click();
}

test('a full session requests nothing outside the page’s origin, under a strict CSP', async ({
  app,
  page,
  context,
}) => {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  // A blocked script, style or connection is reported as a console error, which fails the test.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });

  await app.home();
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe/);

  await app.loadExample(/载入示例：青山镇人民政府/);
  await page
    .locator('textarea[name="text.other"]')
    .fill('本年度未收取信息处理费，无其他需要报告的事项。');
  await app.waitSaved();
  await exportWord(page, '青山镇人民政府');
  const [html] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 HTML' }).click(),
  ]);
  expect(readFileSync(await html.path(), 'utf8')).toContain('青山镇人民政府');
  await page.getByRole('button', { name: '打印' }).click();
  await expect(page.getByRole('dialog', { name: '打印预览' }).locator('table')).toHaveCount(3);
  await page.getByRole('button', { name: '返回编辑' }).click();
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await importAndOpen(page, 'libreoffice-2021.pdf', 'PDF');
  await importAndOpen(page, 'libreoffice-2021.docx', 'Word 文档');

  const origin = new URL(page.url()).origin;
  const outside = urls.filter((url) => new URL(url).origin !== origin);
  expect(outside).toEqual([]);
  // The lazy parts were really requested (and so were checked): the import worker and pdfjs's.
  expect(urls.some((url) => /import-worker-.*\.js$/.test(url))).toBe(true);
  expect(urls.some((url) => /pdf\.worker-.*\.mjs$/.test(url))).toBe(true);
  expect(urls.some((url) => /word-.*\.js$/.test(url))).toBe(true);
});

test('with the network gone after the first visit: reload, export Word, import a PDF and a Word file', async ({
  app,
  page,
  context,
  consoleErrors,
}) => {
  await app.home();
  // The service worker takes control once it has precached the whole build.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  // Really offline: what the service worker does not hold cannot be fetched.
  const probe = await page.evaluate(() =>
    fetch('./index.html?offline-probe').then(
      () => 'reached',
      () => 'failed',
    ),
  );
  expect(probe).toBe('failed');
  // The probe's own failure is the one console error expected; nothing after it may fail.
  await expect
    .poll(() => consoleErrors)
    .toEqual(['Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
  consoleErrors.length = 0;

  await page.reload();
  await expect(page.getByRole('heading', { name: '我的草稿' })).toBeVisible();
  await app.loadExample(/载入示例：李楼镇/);
  // The seed has no 成文日期 and its text contradicts 表三: it goes out as a draft.
  await exportWord(page, '李楼镇', true);
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await importAndOpen(page, 'libreoffice-2021.pdf', 'PDF');
  await importAndOpen(page, 'libreoffice-2021.docx', 'Word 文档');

  // A PDF whose Chinese font is not embedded reads only with pdfjs's CMaps, precached too.
  const seed = readFixture('seeds/001_1e620b80bbedd808.txt').split('\n');
  await page.getByLabel('选择文件').setInputFiles({
    name: 'unembedded-font.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(unembeddedCjkPdf(seed.filter((line) => line.trim() !== ''))),
  });
  const review = page.getByRole('region', { name: '识别结果' });
  await expect(review).toContainText('祥云镇');
  await expect(review.locator('[data-cell="t2_service_decisions"]')).toHaveText('869');
  await expect(page.getByRole('table', { name: '草稿列表' }).getByRole('row')).toHaveCount(4);
});
