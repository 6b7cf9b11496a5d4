/**
 * Issue 20: findings on cells the importer did not read as printed are reading doubts, shown apart
 * (读取存疑) and never counted as the report's errors — in the import review and on the desk. The
 * fixture is a generated report's LibreOffice PDF read by pdftotext without -layout (made by
 * scripts/make-corpus.ts), where some rows print fewer numbers than cells.
 */
import { expect, test } from './app';
import { fixtureFile, ReviewDesk } from './review-desk';

const FIXTURE = 'import/corpus-doubts-pdftotext-raw.txt';

test('the import review lists reading doubts apart, not as errors', async ({ app, page }) => {
  await app.home();
  await page
    .getByLabel('选择文件')
    .setInputFiles(new URL(`../src/fixtures/${FIXTURE}`, import.meta.url).pathname);
  const review = page.getByRole('region', { name: '识别结果' });
  await expect(review).toContainText('0 个错误');
  await expect(review.locator('.count-doubt')).toContainText('个读取存疑');
  const doubts = review
    .getByRole('group')
    .filter({ hasText: '读取存疑：请对照原文核对以下单元格' });
  await expect(doubts).toContainText('不计为报告的错误');
  await expect(doubts.locator('[data-doubt]').first()).toContainText('核对：');
  await expect(review.locator('.import-findings')).not.toContainText('读取存疑');
});

test('the desk counts reading doubts in their own column and filters them', async ({ page }) => {
  const desk = new ReviewDesk(page);
  await desk.open();
  await desk.add([fixtureFile(FIXTURE)]);
  const file = FIXTURE.split('/').pop() ?? '';
  expect(await desk.cell(file, '强制性')).toBe('0');
  expect(Number(await desk.cell(file, '读取存疑'))).toBeGreaterThan(0);
  await page.getByLabel('级别').selectOption('doubt');
  await expect(desk.row(file)).toHaveCount(1);
  await page.getByLabel('级别').selectOption('error');
  await expect(desk.row(file)).toHaveCount(0);
});
