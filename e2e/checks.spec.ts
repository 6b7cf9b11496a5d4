import { expect, test } from './app';

test('breaking T3_BALANCE shows both sides, clicking focuses the cells, fixing clears it', async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await expect(app.errorCount).toContainText('0 个错误');

  await app.cell('t3_carry_next_natural').fill('3');
  const finding = app.findings('T3_BALANCE').filter({ hasText: '自然人' });
  await expect(finding).toHaveCount(1);
  // Totals are computed: the finding names the column's result sum, never 填报 on a computed cell.
  await expect(finding).toContainText(
    '表三 自然人：办理结果合计 9，应为 一+二−四 = 9+1−3 = 7，多 2 件',
  );
  await expect(finding).not.toContainText('填报');
  await expect(app.errorCount).not.toContainText('0 个错误');

  // The navigation counts the errors of section 三 (the 总计 column has no finding of its own).
  await expect(
    page
      .getByRole('navigation', { name: '报告各部分' })
      .getByRole('button', { name: /^三、收到和处理政府信息公开申请情况 1 个错误/ }),
  ).toBeVisible();

  await page.locator('#section-overview').scrollIntoViewIfNeeded();
  await finding.click();
  const focused = await page.evaluate(
    () => (document.activeElement as HTMLInputElement | null)?.dataset.cell,
  );
  // Several cells could explain 多 2 件: the one changed last is where the click lands.
  expect(focused).toBe('t3_carry_next_natural');
  await expect(finding).toContainText('结转下年度继续办理 3 — 最近修改的单元格，请先核对这里');
  for (const id of [
    't3_open_natural',
    't3_other_misc_natural',
    't3_new_natural',
    't3_carried_natural',
    't3_carry_next_natural',
  ]) {
    await expect(page.locator(`td:has(> input[data-cell="${id}"])`)).toHaveAttribute(
      'data-highlight',
      'T3_BALANCE',
    );
  }
  await expect(app.cell(focused ?? '')).toBeInViewport();

  await app.cell('t3_carry_next_natural').fill('1');
  await expect(app.findings('T3_BALANCE')).toHaveCount(0);
  await expect(app.errorCount).toContainText('0 个错误');
});

test('manual totals are checked by the balance rules', async ({ app }) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await app.page.getByRole('checkbox', { name: '总计手动填写' }).first().check();
  await expect(app.cell('t3_new_total')).not.toHaveAttribute('readonly', '');
  await expect(app.cell('t3_new_total')).toHaveValue('15');
  await app.cell('t3_new_total').fill('16');
  await expect(app.findings('T3_ROW_SUM')).toContainText(
    '表三 一、本年新收政府信息公开申请数量 总计：填报 16，应为 六类申请人之和 = 9+2+1+1+1+1 = 15',
  );
});

test('a pasted 3×4 block fills the cells; full-width digits count, an invalid value is marked and kept', async ({
  app,
  page,
}) => {
  await app.home();
  await app.create('某某街道办事处', 2024);
  const block = ['１\t2\t3\t4', '5\t６\t7\t8', '9\t10\tabc\t12'].join('\r\n');
  await app.paste(app.cell('t3_new_natural'), `${block}\r\n`);
  await expect(page.getByText('已粘贴 12 个单元格')).toBeVisible();

  await expect(app.cell('t3_new_natural')).toHaveValue('１');
  await expect(app.cell('t3_carried_business')).toHaveValue('６');
  await expect(app.cell('t3_open_nonprofit')).toHaveValue('12');
  // Full-width digits are numbers: the computed totals add them.
  await expect(app.cell('t3_new_total')).toHaveValue('10');
  await expect(app.cell('t3_carried_total')).toHaveValue('26');
  await expect(app.cell('t3_carried_natural')).not.toHaveAttribute('aria-invalid', 'true');

  const invalid = app.cell('t3_open_research');
  await expect(invalid).toHaveValue('abc');
  await expect(invalid).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#error-t3_open_research')).toContainText('不是有效的数字');
  await expect(app.findings('VALUE_INVALID')).toContainText('（一）予以公开 科研机构');
  // A row with an invalid value has no computed total rather than a wrong one.
  await expect(app.cell('t3_open_total')).toHaveValue('—');
});
