/**
 * Scanned reports (issue 27): an image-only PDF read in the page with the OCR pack served beside
 * it — progress per page, the doubtful cells confirmed with the keyboard against the page image,
 * the draft opened — and, in the single file with no pack loaded, a message saying what to load.
 * OCR is slow (seconds a page on two shared cores): one cropped page each, as small as what the
 * test proves allows (OCR time grows with the image).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, fixtureReport, shownValues, test } from './app';
import { fixtureFile, ReviewDesk } from './review-desk';

const ocrFile = (name: string) => new URL(`../src/fixtures/ocr/${name}`, import.meta.url).pathname;
const SINGLE = new URL('../dist-single/gongkai-report.html', import.meta.url);
/**
 * Whether the page itself, and (`withWorker`) a worker it starts from a blob: URL, may compile
 * WebAssembly: the CSP allows it only where the OCR pack runs, never to the page. (The hosted page
 * may start no blob: worker at all.)
 */
async function pageCompilesWasm(
  page: Page,
  withWorker: boolean,
): Promise<{ page: boolean; worker?: boolean }> {
  return page.evaluate(async (withWorker) => {
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
    const inPage = await WebAssembly.compile(bytes).then(
      () => true,
      () => false,
    );
    if (!withWorker) return { page: inPage };
    const code = `WebAssembly.compile(new Uint8Array([0,97,115,109,1,0,0,0])).then(() => postMessage(true), () => postMessage(false))`;
    const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
    const inWorker = await new Promise<boolean>((resolve) => {
      worker.onmessage = (event: MessageEvent<boolean>) => {
        resolve(event.data);
      };
    });
    worker.terminate();
    return { page: inPage, worker: inWorker };
  }, withWorker);
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
/** The pack file `npm run build` writes for single-file users. */
const PACK = new URL(`../dist-ocr-pack/gongkai-ocr-pack-${version}.zip`, import.meta.url).pathname;

test('a scanned PDF is read with the OCR pack, its doubtful cells confirmed with the keyboard', async ({
  app,
  page,
  context,
}) => {
  test.setTimeout(240_000);
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  await app.home();
  // 表三 of the 2021 table page, cropped from the scan (scripts/make-ocr-fixtures.sh).
  await page.getByLabel('选择文件').setInputFiles(ocrFile('report-2021-table-3.pdf'));
  const ocr = page.getByRole('region', { name: 'OCR 识别' });
  await ocr.getByRole('button', { name: '开始 OCR 识别' }).click();
  const started = Date.now();
  // The tab stays responsive while the worker reads: progress shows, 取消 is there.
  await expect(ocr.getByRole('button', { name: '取消' })).toBeVisible();
  await expect(ocr).toContainText('已完成 0 / 1 页', { timeout: 60_000 });

  const review = page.getByRole('region', { name: '识别结果', exact: true });
  await expect(review).toContainText('扫描', { timeout: 180_000 });
  console.log(`OCR of one page in Chromium: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const confirm = review.getByRole('region', { name: '逐格确认 OCR 识别结果' });
  await expect(confirm.getByRole('img', { name: '原件第 1 页' })).toBeVisible();
  // No draft from cells nobody compared with the page: opening waits for the confirmation.
  const open = review.getByRole('button', { name: '作为新草稿打开' });
  await expect(open).toBeDisabled();
  await expect(review).toContainText('个 OCR 识别的单元格未确认');
  // Every doubtful cell in turn: the field holds the value to check, Enter confirms it.
  const field = confirm.getByLabel('对照原件的数值');
  const doubtful = Number(/第 1 \/ (\d+) 个存疑单元格/.exec(await confirm.innerText())?.[1]);
  expect(doubtful).toBeGreaterThan(0);
  for (let i = 0; i < doubtful; i++) await field.press('Enter');
  await expect(confirm.getByRole('status')).toHaveText('所有存疑单元格已确认。');
  // The cells the equations agree on, all at once from the keyboard (Ctrl+Enter); the rows not on
  // this one page kept blank with one button; the rest after a look at the page.
  await expect(confirm.getByRole('button', { name: /确认全部已核对一致的单元格/ })).toBeVisible();
  await confirm.getByRole('button', { name: '1', exact: true }).focus();
  await page.keyboard.press('Control+Enter');
  await expect(confirm).toContainText('个存疑、0 个已核对一致');
  await confirm.getByRole('button', { name: /这些行不在所扫描的页面上/ }).click();
  await confirm.getByRole('button', { name: /确认其余 \d+ 个无法用勾稽关系核对的单元格/ }).click();
  await expect(confirm).toContainText(
    '待确认：0 个存疑、0 个已核对一致、0 个不在所扫描页面上、0 个无法核对',
  );

  await open.click();
  await expect(app.cell('t3_new_natural')).toBeVisible();
  // The page holds 表三's first rows (the rest is on the next page, not given): each number on it
  // as printed, none wrong; the rows not on the page are blank, never guessed.
  const expected = shownValues(fixtureReport('ocr/report-2021.json'));
  const shown = await app.cellValues();
  const t3 = Object.keys(expected).filter((id) => id.startsWith('t3_'));
  const right = t3.filter((id) => shown[id] === expected[id]);
  const wrong = t3.filter((id) => shown[id] !== expected[id] && shown[id] !== '');
  expect(wrong).toEqual([]);
  expect(right.length).toBeGreaterThanOrEqual(8 * 7);
  // 结转下年度 is on the next page, not scanned: blank, not 0.
  expect(shown.t3_carry_next_total).toBe('');
  // Nothing left the machine: the pack came from beside the page.
  expect(
    urls.filter((url) => !url.startsWith('http://127.0.0.1') && !/^(data|blob):/.test(url)),
  ).toEqual([]);
  expect(urls.some((url) => url.includes('/ocr-pack/ort-wasm-simd-threaded.wasm'))).toBe(true);
  // The pack compiled its WebAssembly in its own worker; the page's policy still refuses it.
  expect(await pageCompilesWasm(page, false)).toEqual({ page: false });
});

test('取消 stops reading a scan at once and changes nothing; it can be started again', async ({
  app,
  page,
}) => {
  await app.home();
  await page.getByLabel('选择文件').setInputFiles(ocrFile('report-2019-page-3.jpg'));
  const ocr = page.getByRole('region', { name: 'OCR 识别' });
  await ocr.getByRole('button', { name: '开始 OCR 识别' }).click();
  await ocr.getByRole('button', { name: '取消' }).click();
  await expect(ocr.getByRole('status')).toHaveText('已取消识别，草稿未作任何改动。');
  await expect(ocr.getByRole('button', { name: '开始 OCR 识别' })).toBeEnabled();
  await expect(page.getByRole('table', { name: '草稿列表' })).toHaveCount(0);
});

test('opened from disk: a scan asks for the OCR pack, on the desk and in the editor; once loaded, it is kept and reads the page', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // The desk first, with no pack: its scan says what to load and is not counted as read.
  await page.goto(`${pathToFileURL(SINGLE.pathname).href}#/review`);
  const desk = new ReviewDesk(page);
  await expect(page.getByRole('heading', { name: '批量审核' })).toBeVisible();
  await desk.add([fixtureFile('ocr/report-2019-rows-3.png')], 60_000);
  await expect(desk.row('report-2019-rows-3.png')).toContainText('请加载 OCR 识别包');
  expect(await desk.cell('report-2019-rows-3.png', '问题')).not.toContain('无法读取');
  const bar = page.getByRole('region', { name: '扫描件 OCR 识别' });
  await expect(bar.getByRole('alert')).toContainText('本批有 1 个扫描件');
  await expect(bar.getByLabel('加载 OCR 识别包')).toBeAttached();

  const open = async () => {
    await page.goto(`${pathToFileURL(SINGLE.pathname).href}#/`);
    await expect(page.getByRole('heading', { name: '我的草稿' })).toBeVisible();
    // The 2019 format's table page (the hosted test reads the 2021 format's): both formats in the
    // page. Its first rows only (表三's heading to 予以公开): OCR time grows with the image.
    await page.getByLabel('选择文件').setInputFiles(ocrFile('report-2019-rows-3.png'));
  };
  await open();
  const ocr = page.getByRole('region', { name: 'OCR 识别' });
  await expect(ocr.getByRole('alert')).toContainText('未找到 OCR 识别包');
  await expect(ocr.getByRole('alert')).toContainText('gongkai-ocr-pack-');
  // A file that is not the pack is refused with its reason, and nothing else changes.
  await ocr.getByLabel('加载 OCR 识别包').setInputFiles({
    name: 'gongkai-ocr-pack-x.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from('not a zip'),
  });
  await expect(ocr.getByRole('alert')).toContainText('不是 OCR 识别包');
  await expect(page.getByRole('table', { name: '草稿列表' })).toHaveCount(0);

  await ocr.getByLabel('加载 OCR 识别包').setInputFiles(PACK);
  await expect(ocr.getByRole('button', { name: '开始 OCR 识别' })).toBeVisible({ timeout: 30_000 });
  // Kept in this browser: opened again, the page has the pack without being given it.
  await open();
  await ocr.getByRole('button', { name: '开始 OCR 识别' }).click();
  const review = page.getByRole('region', { name: '识别结果', exact: true });
  await expect(review).toContainText('扫描', { timeout: 180_000 });
  await expect(review.locator('[data-cell="t3_new_total"]')).toHaveText(
    String(fixtureReport('ocr/report-2019.json').cells.t3_new_total),
  );
  // The pack ran in its frame; the page and its own workers still refuse WebAssembly.
  expect(await pageCompilesWasm(page, true)).toEqual({ page: false, worker: false });
  // The screens came with the pack: the one file does not carry them.
  const single = readFileSync(SINGLE, 'utf8');
  for (const text of ['开始 OCR 识别', '逐格确认 OCR 识别结果', '确认全部已核对一致的单元格']) {
    expect(single).not.toContain(text);
  }
});

/** The 2019 table page's first rows (scripts/make-ocr-fixtures.sh). */
const SCAN = 'report-2019-rows-3.png';

test('the desk, with no pack served, takes it from a file into the service worker and reads a scan', async ({
  page,
  context,
  consoleErrors,
}) => {
  test.setTimeout(240_000);
  // The site serves no pack: every request for it, the page's and the service worker's, fails.
  await context.route('**/ocr-pack/**', (route) => route.fulfill({ status: 404, body: '' }));
  const desk = new ReviewDesk(page);
  await desk.open();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // The 2019 table page's first rows (OCR time grows with the image), which print nothing that
  // tells the formats apart, beside a printed 2019 report: the batch's format is taken, in doubt.
  await desk.add([fixtureFile('reports/seed-002.json'), fixtureFile(`ocr/${SCAN}`)], 60_000);
  const row = desk.row(SCAN);
  await expect(row).toContainText('请加载 OCR 识别包');
  const bar = page.getByRole('region', { name: '扫描件 OCR 识别' });
  await bar.getByLabel('加载 OCR 识别包').setInputFiles(PACK);
  // Read in the pack's worker — started from the pack's URL, served from the service worker's
  // cache — one scan at a time, with 取消 while it runs.
  await expect(bar.getByRole('button', { name: '取消' })).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText(/扫描件，(正在载入识别模型|正在 OCR 识别)/);
  await expect(row).toContainText(/已 OCR 识别：\d+ 个单元格待确认（格式存疑）/, {
    timeout: 180_000,
  });
  const kept = await page.evaluate(async () => {
    const cache = await caches.open('gongkai-ocr-pack');
    return (await cache.keys()).map((r) => new URL(r.url).pathname.split('/').pop());
  });
  expect(kept).toEqual(expect.arrayContaining(['ocr-worker.js', 'ort-wasm-simd-threaded.wasm']));
  // Findings on cells nobody confirmed are reading doubts, never the report's errors.
  expect(await desk.cell(SCAN, '强制性')).toBe('0');
  const before = Number(/(\d+) 个单元格待确认/.exec(await row.innerText())?.[1]);

  const detail = await desk.openReport(SCAN);
  await expect(detail).toContainText('按本批其他 1 份报告的格式采用2019年格式');
  await detail.getByRole('button', { name: '逐格确认 OCR 识别结果' }).click();
  const confirm = detail.getByRole('region', { name: '逐格确认 OCR 识别结果' });
  await expect(confirm.getByRole('img', { name: '原件第 1 页' })).toBeVisible();
  // The editor import's keys: Enter confirms the doubtful cell shown and moves on.
  const doubtful = Number(/第 1 \/ (\d+) 个存疑单元格/.exec(await confirm.innerText())?.[1]);
  expect(doubtful).toBeGreaterThan(0);
  const field = confirm.getByLabel('对照原件的数值');
  for (let i = 0; i < doubtful; i++) await field.press('Enter');
  await expect(confirm.getByRole('status')).toHaveText('所有存疑单元格已确认。');
  await expect(row).toContainText(`${before - doubtful} 个单元格待确认`);
  // The only errors: the pack check's request the site answered 404 (before the pack was kept).
  expect(consoleErrors.filter((e) => !e.includes('status of 404'))).toEqual([]);
  consoleErrors.length = 0;
});
