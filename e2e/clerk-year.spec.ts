import type { Page } from '@playwright/test';
import { expect, test } from './app';

/** The 待分配 cell of a 表三 column. */
const pending = (page: Page, column: string) =>
  page.locator(`tfoot.undistributed td[data-undistributed="${column}"]`);

test('a typo in one result row: one T3_BALANCE per column it breaks, pointing at the result rows; 待分配 shows it', async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await expect(app.errorCount).toContainText('0 个错误');
  // Balanced: every column is done.
  await expect(page.locator('tfoot.undistributed td[data-state="done"]')).toHaveCount(7);
  await expect(page.locator('tfoot.undistributed th')).toHaveText(
    '待分配：一 + 二 − 四 − 已填办理结果',
  );

  // 4 → 50 in （一）予以公开 of 自然人: that column's results are 46 too many.
  await app.cell('t3_open_natural').fill('50');
  const balance = app.findings('T3_BALANCE');
  await expect(balance).toHaveCount(1);
  await expect(balance).toContainText(
    '自然人：办理结果合计 55，应为 一+二−四 = 9+1−1 = 9，多 46 件',
  );
  await expect(pending(page, 'natural')).toHaveText('多 46');
  await expect(pending(page, 'natural')).toHaveAttribute('data-state', 'over');
  await expect(pending(page, 'business')).toHaveText('0 ✓');
  await expect(pending(page, 'total')).toHaveText('多 46');

  // A second column broken the other way: one more finding, its own 待分配.
  await app.cell('t3_open_business').fill('0');
  await expect(balance).toHaveCount(2);
  await expect(balance.filter({ hasText: '商业企业' })).toContainText('少 1 件');
  await expect(pending(page, 'business')).toHaveText('还差 1');
  await expect(pending(page, 'business')).toHaveAttribute('data-state', 'open');

  // Clicking the finding focuses a result row of that column and highlights the typo's row.
  await page.locator('#section-overview').scrollIntoViewIfNeeded();
  await balance.filter({ hasText: '自然人' }).click();
  const focused = await page.evaluate(
    () => (document.activeElement as HTMLInputElement | null)?.dataset.cell ?? '',
  );
  expect(focused).toMatch(/_natural$/);
  expect(['t3_new_natural', 't3_carried_natural', 't3_carry_next_natural']).not.toContain(focused);
  await expect(app.cell(focused)).toBeInViewport();
  await expect(page.locator('td:has(> input[data-cell="t3_open_natural"])')).toHaveAttribute(
    'data-highlight',
    'T3_BALANCE',
  );

  await app.cell('t3_open_natural').fill('4');
  await app.cell('t3_open_business').fill('1');
  await expect(balance).toHaveCount(0);
  await expect(page.locator('tfoot.undistributed td[data-state="done"]')).toHaveCount(7);
});

test('a new report with one figure in 表三: one BLANK_CELL line for 表三, 待分配 in progress', async ({
  app,
  page,
}) => {
  await app.home();
  await app.create('某某镇人民政府', 2024);
  await app.cell('t3_new_natural').fill('5');
  const blank = app.findings('BLANK_CELL').filter({ hasText: '表三' });
  await expect(blank).toHaveCount(1);
  await expect(blank).toContainText(/表三 还有 \d+ 个空白单元格/);
  // Nothing distributed yet: the column still has 5 to go, the others are done.
  await expect(pending(page, 'natural')).toHaveText('还差 5');
  await expect(pending(page, 'legal')).toHaveText('0 ✓');
});

test('linking a report of another 机关 as last year warns; 取消 leaves it unlinked, 仍然关联 links it', async ({
  app,
  page,
}) => {
  await app.home();
  await app.create('乙镇人民政府', 2023);
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await app.create('甲镇人民政府', 2024);

  await page.getByRole('button', { name: '关联上年报告' }).click();
  const picker = page.getByRole('dialog', { name: '关联上年报告' });
  await picker.getByRole('button', { name: '乙镇人民政府 2023年' }).click();
  const warning = page.getByRole('dialog', { name: '上年报告可能选错了' });
  await expect(warning).toContainText(
    '上年报告的机关“乙镇人民政府”与本报告的“甲镇人民政府”不是同一机关',
  );
  await expect(warning.getByRole('button', { name: '取消，重新选择' })).toBeFocused();
  await warning.getByRole('button', { name: '取消，重新选择' }).click();
  await expect(warning).toBeHidden();
  await expect(picker).toBeVisible();
  await picker.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByText('已关联上年报告：')).toHaveCount(0);

  await page.getByRole('button', { name: '关联上年报告' }).click();
  await picker.getByRole('button', { name: '乙镇人民政府 2023年' }).click();
  await warning.getByRole('button', { name: '仍然关联' }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByText('已关联上年报告：')).toContainText('乙镇人民政府 2023年');
});

test('changing 报告年度 of a filled draft warns and offers 新建下一年度报告', async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  const year = page.getByLabel('报告年度');

  // 取消 puts the year back.
  await year.fill('2025');
  await year.blur();
  const warning = page.getByRole('dialog', { name: '报告年度改为 2025 年？' });
  await expect(warning).toContainText('本草稿的数字是 2024 年度的');
  await expect(warning.getByRole('button', { name: '取消（仍为 2024 年度）' })).toBeFocused();
  await warning.getByRole('button', { name: '取消（仍为 2024 年度）' }).click();
  await expect(year).toHaveValue('2024');
  await expect(app.title).toContainText('2024年');

  // The roll forward instead: this draft stays 2024, a new 2025 draft is made from it.
  await year.fill('2025');
  await year.blur();
  await warning.getByRole('button', { name: '新建 2025 年度报告' }).click();
  await expect(year).toHaveValue('2024');
  const roll = page.getByRole('dialog', { name: '新建下一年度报告' });
  await roll.getByRole('button', { name: '新建 2025 年度报告' }).click();
  await expect(app.title).toContainText('青山镇人民政府 2025年');
  await expect(app.cell('t3_carried_natural')).toHaveValue('1');
  await expect(app.cell('t3_new_natural')).toHaveValue('');

  // A draft with no figures changes its year without a word.
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await app.create('丙镇人民政府', 2024);
  await year.fill('2023');
  await year.blur();
  await expect(app.title).toContainText('丙镇人民政府 2023年');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
