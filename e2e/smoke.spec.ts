import { expect, test } from '@playwright/test';

test('the built page loads with no console error and shows the statutory tables', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: '政府信息公开工作年度报告编制助手' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: '三、收到和处理政府信息公开申请情况' }),
  ).toBeVisible();

  // Table 三 of the 2021 example: 3 header rows + 25 body rows, totals in place.
  const t3 = page.locator('table[data-table="t3"]');
  await expect(t3.locator('tr')).toHaveCount(28);
  await expect(t3.locator('[data-cell="t3_new_total"]')).toHaveText('15');
  await expect(page.getByRole('rowheader', { name: '三、本年度办理结果' })).toHaveAttribute(
    'rowspan',
    '22',
  );

  // Switching to a 2019-format seed shows its figures and its finding.
  await page.getByLabel('示例报告').selectOption({ label: '李楼镇 2020年（2019年格式）' });
  await expect(page.getByRole('rowheader', { name: '三、本年度办理结果' })).toHaveAttribute(
    'rowspan',
    '20',
  );
  await expect(page.getByText('收到并办理1起依申请公开')).toHaveCount(2);

  expect(problems).toEqual([]);
});
