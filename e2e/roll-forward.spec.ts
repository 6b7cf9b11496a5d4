import { readFileSync } from 'node:fs';
import { expect, test } from './app';

const example = JSON.parse(
  readFileSync(new URL('../src/fixtures/reports/example-2021.json', import.meta.url), 'utf8'),
) as { cells: Record<string, number | null> };
const COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'];

test('新建下一年度报告 from the editor: year + 1, last year linked, 上年结转 carried, results blank, 0 errors', async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await page.getByRole('button', { name: '新建下一年度报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建下一年度报告' });
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await dialog.getByRole('button', { name: '新建 2025 年度报告' }).click();

  await expect(app.title).toContainText('2025年政府信息公开工作年度报告');
  for (const c of COLUMNS) {
    await expect(app.cell(`t3_carried_${c}`), c).toHaveValue(
      String(example.cells[`t3_carry_next_${c}`]),
    );
    await expect(app.cell(`t3_new_${c}`)).toHaveValue('');
  }
  await expect(app.cell('t3_open_natural')).toHaveValue('');
  await expect(app.cell('t4_review_upheld')).toHaveValue('');
  await expect(app.errorCount).toContainText('0 个错误');
  // In progress, not an error: 待分配 shows what the carried applications still need.
  const natural = page.locator('tfoot.undistributed td[data-undistributed="natural"]');
  const carried = Number(example.cells.t3_carry_next_natural);
  expect(carried).toBeGreaterThan(0);
  await expect(natural).toHaveText(`还差 ${carried}`);
  // Last year is linked: the carried cells are marked as carried over.
  await expect(page.getByText('已关联上年报告：')).toContainText('2024');

  // The list offers it on every draft too.
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await expect(
    page.getByRole('table', { name: '草稿列表' }).getByRole('button', { name: '新建下一年度报告' }),
  ).toHaveCount(2);
});
