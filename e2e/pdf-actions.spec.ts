/**
 * PDFs with a JavaScript /OpenAction, page-open scripts and /Launch and /URI links (issue 19), as
 * a single import and in a 批量审核 batch: read like the same report without them, and nothing
 * runs — no dialog, no new page, no request anywhere, no download.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, fixtureReport, shownValues, test } from './app';
import { fixtureFile, ReviewDesk } from './review-desk';

const ACTIONS = ['actions-one-page-2021.pdf', 'actions-libreoffice-2021.pdf'];
const importFile = (name: string) =>
  new URL(`../src/fixtures/import/${name}`, import.meta.url).pathname;

/** Everything a PDF's action could do in the browser, recorded. */
function watch(page: Page) {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(`dialog ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('popup', (popup) => seen.push(`popup ${popup.url()}`));
  page.on('download', (download) => seen.push(`download ${download.suggestedFilename()}`));
  page.context().on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('http://127.0.0.1:') && !/^(blob|data):/.test(url))
      seen.push(`request ${url}`);
  });
  return seen;
}

test('a PDF with actions imports as the report it shows, and nothing runs', async ({
  app,
  page,
}) => {
  const seen = watch(page);
  await app.home();
  await page.getByLabel('选择文件').setInputFiles(importFile('actions-one-page-2021.pdf'));
  const review = page.getByRole('region', { name: '识别结果' });
  await expect(review).toContainText('PDF');
  await expect(review).toContainText('青山镇人民政府');
  await review.getByRole('button', { name: '作为新草稿打开' }).click();
  await expect(app.cell('t3_new_natural')).toBeVisible();
  expect(await app.cellValues()).toEqual(shownValues(fixtureReport('reports/example-2021.json')));
  expect(seen).toEqual([]);
});

test('批量审核 reads PDFs with actions beside the same PDF without them, and nothing runs', async ({
  page,
}) => {
  const seen = watch(page);
  const desk = new ReviewDesk(page);
  await desk.open();
  await page
    .getByLabel('选择文件', { exact: true })
    .setInputFiles([
      ...ACTIONS.map((name) => fixtureFile(`import/${name}`)),
      fixtureFile('import/libreoffice-2021.pdf'),
    ]);
  // Three PDFs, read by pdfjs in the page's import workers: seconds each on a loaded machine.
  await expect(page.getByRole('status')).toContainText('已读入 3 个文件', { timeout: 60_000 });
  await expect(desk.rows).toHaveCount(3);
  for (const name of ACTIONS) {
    await expect(desk.row(name)).not.toContainText('无法读取');
    expect(await desk.cell(name, '机关 / 文件')).toContain('青山镇人民政府');
  }
  // The 5-page one is the LibreOffice fixture plus its actions: the same counts.
  for (const column of ['强制性', '核实性']) {
    expect(await desk.cell('actions-libreoffice-2021.pdf', column)).toBe(
      await desk.cell('libreoffice-2021.pdf', column),
    );
  }
  expect(readFileSync(importFile(ACTIONS[0] ?? '')).includes('/S/Launch')).toBe(true);
  expect(seen).toEqual([]);
});
