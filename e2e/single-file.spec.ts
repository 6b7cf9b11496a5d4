/**
 * The single-file page (dist-single/gongkai-report.html, issue 13) opened from disk: everything a
 * clerk does works from file:// with nothing else to load — fill, check, autosave, the exports,
 * print, import — and the Word file passes the same checks as the normal build's. All of it under
 * the file's own CSP (issue 19), which refuses any script but its own (the console guard fails a
 * test on any refusal it did not expect).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { checkAll, reviewCounts } from '../src/core';
import { unembeddedCjkPdf } from '../src/testing/hostile-files';
import { expect, fixture, readFixture, test } from './app';
import { expectOfficialDocx } from './official-docx';
import { fixtureFile, ReviewDesk } from './review-desk';

const SINGLE = new URL('../dist-single/gongkai-report.html', import.meta.url);
/** The OCR pack's screens script, which the single file allows by its hash (vite.ocr-ui.config.ts). */
const OCR_UI = new URL('../dist/ocr-pack/ocr-ui.js', import.meta.url);
const importFile = (name: string) =>
  new URL(`../src/fixtures/import/${name}`, import.meta.url).pathname;

async function openFromDisk(page: Page): Promise<void> {
  await page.goto(`${pathToFileURL(SINGLE.pathname).href}#/`);
  await expect(page.getByRole('heading', { name: '我的草稿' })).toBeVisible();
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync(await file.path());
}

test('opened from disk: the exports and print work and the Word file is the official one', async ({
  app,
  page,
  context,
}) => {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  await openFromDisk(page);
  await app.loadExample(/载入示例：青山镇人民政府/);
  expectOfficialDocx(await download(page, '导出 Word'));
  const html = (await download(page, '导出 HTML')).toString('utf8');
  expect(html).toContain('青山镇人民政府');
  expect(html).not.toContain('<script');
  expect((await download(page, '导出文本')).toString('utf8')).toContain('一、总体情况');
  await page.getByRole('button', { name: '打印' }).click();
  await expect(page.getByRole('dialog', { name: '打印预览' }).locator('table')).toHaveCount(3);
  await page.getByRole('button', { name: '返回编辑' }).click();
  // The one file is all there is: nothing else is requested, from disk or anywhere.
  expect(urls.filter((url) => !/^(data|blob):/.test(url))).toEqual([
    pathToFileURL(SINGLE.pathname).href,
  ]);
});

test('opened from disk: a change is checked at once and kept after reopening', async ({
  app,
  page,
}) => {
  await openFromDisk(page);
  await app.loadExample(/载入示例：青山镇人民政府/);
  await expect(app.errorCount).toContainText('0 个错误');
  await app.cell('t3_new_natural').fill('10');
  await expect(app.errorCount).not.toContainText('0 个错误');
  await app.waitSaved();
  await page.reload();
  await expect(app.cell('t3_new_natural')).toHaveValue('10');
});

test('opened from disk: Word and PDF files import without a worker, CJK CMaps included', async ({
  app,
  page,
}) => {
  await openFromDisk(page);
  for (const [file, kind] of [
    ['libreoffice-2021.docx', 'Word 文档'],
    ['libreoffice-2021.pdf', 'PDF'],
  ] as const) {
    await page.getByLabel('选择文件').setInputFiles(importFile(file));
    const review = page.getByRole('region', { name: '识别结果' });
    await expect(review).toContainText(kind);
    await review.getByRole('button', { name: '作为新草稿打开' }).click();
    await expect(app.cell('t3_new_natural')).toBeVisible();
    await page.getByRole('button', { name: '← 草稿列表' }).click();
  }
  // A PDF whose Chinese font is not embedded needs pdfjs's CJK CMaps, inlined in the one file.
  const seed = readFixture('seeds/001_1e620b80bbedd808.txt').split('\n');
  await page.getByLabel('选择文件').setInputFiles({
    name: 'unembedded.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(unembeddedCjkPdf(seed.filter((line) => line.trim() !== ''))),
  });
  const review = page.getByRole('region', { name: '识别结果' });
  await expect(review).toContainText('祥云镇');
  await expect(review.locator('[data-cell="t2_service_decisions"]')).toHaveText('869');
});

test('opened from disk: 批量审核 reads and checks a batch of JSON, Word and PDF files', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(`${pathToFileURL(SINGLE.pathname).href}#/review`);
  const desk = new ReviewDesk(page);
  await expect(page.getByRole('heading', { name: '批量审核' })).toBeVisible();
  const seeds = ['seed-000', 'seed-001', 'seed-002'];
  await page
    .getByLabel('选择文件', { exact: true })
    .setInputFiles([
      ...seeds.map((name) => fixtureFile(`reports/${name}.json`)),
      fixtureFile('import/libreoffice-2021.docx'),
      fixtureFile('import/libreoffice-2021.pdf'),
    ]);
  // The PDF is read on the page's thread (pdfjs inlined, no worker file): slower than the rest.
  await expect(page.getByRole('status')).toContainText('已读入 5 个文件', { timeout: 30_000 });
  await expect(desk.rows).toHaveCount(5);
  for (const name of seeds) {
    const counts = reviewCounts(checkAll(fixture(name)), undefined);
    expect(await desk.cell(`${name}.json`, '强制性'), name).toBe(String(counts.errors));
    expect(await desk.cell(`${name}.json`, '机关 / 文件'), name).toContain(fixture(name).meta.org);
  }
  // The Word file and the PDF were read (a file that failed shows why instead of its 机关).
  for (const file of ['libreoffice-2021.docx', 'libreoffice-2021.pdf']) {
    await expect(desk.row(file)).not.toContainText('读取时出错');
    await expect(desk.row(file).locator('.row-org')).not.toBeEmpty();
  }
  expect(errors).toEqual([]);
  // The checks ran off the page's thread: a worker from the code inlined in the one file.
  expect(workers.length).toBeGreaterThan(0);
  expect(workers.every((url) => url.startsWith('blob:'))).toBe(true);
});

test('opened from disk: its CSP runs its own inline code only, and refuses an injected script', async ({
  page,
  consoleErrors,
}) => {
  await openFromDisk(page);
  const metas = page.locator('meta[http-equiv="Content-Security-Policy"]');
  const policy = (await metas.first().getAttribute('content')) ?? '';
  // The page's second policy, added first thing by its script: no more script, no WebAssembly.
  await expect(metas).toHaveCount(2);
  // The OCR pack's screens (its ocr-ui.js) are the one script it may still add, by their hash.
  const screens = `'sha256-${createHash('sha256').update(readFileSync(OCR_UI)).digest('base64')}'`;
  expect(await metas.nth(1).getAttribute('content')).toBe(
    `script-src ${screens}; worker-src blob:`,
  );
  const directives = new Map(
    policy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  // The one inline script and style sheet, by the hash of their text as the browser has it.
  const code = await page.evaluate(() => ({
    script: [...document.scripts].map((s) => s.text),
    style: [...document.querySelectorAll('style')].map((s) => s.textContent),
  }));
  const hash = (tag: 'script' | 'style') =>
    code[tag].map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
  expect(code.script).toHaveLength(1);
  // 'wasm-unsafe-eval' and frame-src 'self': for the OCR pack's runner frame (this same file) only.
  expect(directives.get('script-src')).toEqual([...hash('script'), screens, "'wasm-unsafe-eval'"]);
  expect(directives.get('frame-src')).toEqual(["'self'"]);
  expect(directives.get('style-src')).toEqual(hash('style'));
  expect(directives.get('default-src')).toEqual(["'none'"]);
  expect(directives.get('connect-src')).toEqual(["'none'"]);
  expect(directives.get('worker-src')).toEqual(['blob:']);
  expect(policy).not.toMatch(/'unsafe-eval'|'unsafe-inline'[^;]*;.*script|https?:/);

  // A script injected into the page — inline, from a data: URL, as an event attribute — never runs.
  const refused = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(event.effectiveDirective);
    });
    const scope = window as unknown as { injected?: string[] };
    scope.injected = [];
    const inline = document.createElement('script');
    inline.textContent = 'window.injected.push("inline")';
    document.head.append(inline);
    const external = document.createElement('script');
    external.src = 'data:text/javascript,window.injected.push("data")';
    document.head.append(external);
    const button = document.createElement('button');
    button.setAttribute('onclick', 'window.injected.push("attribute")');
    document.body.append(button);
    button.click();
    button.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return { ran: scope.injected, violations };
  });
  expect(refused.ran).toEqual([]);
  expect(new Set(refused.violations)).toEqual(new Set(['script-src-elem', 'script-src-attr']));
  // Chromium logs each refusal as a console error, once per policy (the file's and the page's
  // second one): these six were expected, nothing else.
  const refusals = consoleErrors.filter((e) => /Content Security Policy/.test(e));
  expect(refusals).toHaveLength(6);
  consoleErrors.splice(
    0,
    consoleErrors.length,
    ...consoleErrors.filter((e) => !refusals.includes(e)),
  );
  // The page still works after it: the example loads and checks.
  await page.getByRole('button', { name: /载入示例：青山镇人民政府/ }).click();
  await expect(page.locator('input[data-cell="t3_new_natural"]')).toBeVisible();
});
