/**
 * Explained warnings (issue 12): a warning the clerk finds right is explained (情况属实) with a
 * reason kept in the draft, counted as explained, dropped when one of its cells changes; errors
 * cannot be explained; BLANK_CELL is fixed from the finding; a final export waits for errors to be
 * fixed and warnings to be fixed or explained; the review desk shows the reason.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, fixture, test, type ReportApp } from './app';
import { jsonFile, ReviewDesk } from './review-desk';

/** The list item of a finding: its button and its actions. */
function item(app: ReportApp, rule: string): Locator {
  return app.checks.locator('.finding-item', {
    has: app.page.locator(`button[data-rule="${rule}"]`),
  });
}

function sectionTwo(page: Page): Locator {
  return page
    .getByRole('navigation', { name: '报告各部分' })
    .getByRole('button', { name: /^二、主动公开政府信息情况/ });
}

/** The 2021 example with a warning planted: a 乡镇 making a 规章 (TOWNSHIP_RULES). */
async function withWarning(app: ReportApp): Promise<void> {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await app.cell('t2_rules_made').fill('1');
}

const REASON = '本镇代县政府起草的规章草案按要求计入本机关，经县司法局确认';

test('a warning explained stays explained after a reload, and opens again when its cell changes', async ({
  app,
  page,
}) => {
  await withWarning(app);
  const finding = app.findings('TOWNSHIP_RULES');
  await expect(finding).toContainText('警告（核实性）');
  await expect(finding).toContainText('依据：');
  await expect(app.errorCount).toContainText('1 个警告');
  await expect(sectionTwo(page)).toHaveAccessibleName('二、主动公开政府信息情况 1 个警告');

  await item(app, 'TOWNSHIP_RULES').getByRole('button', { name: '情况属实，填写说明' }).click();
  const dialog = page.getByRole('dialog', { name: '情况属实，填写说明' });
  const reason = dialog.getByRole('textbox', { name: '说明' });
  await expect(reason).toBeFocused();
  // A reason is required: saving without one says so and keeps the dialog open.
  await reason.fill('   ');
  await dialog.getByRole('button', { name: '保存说明' }).click();
  await expect(dialog.getByRole('alert')).toContainText('请填写说明');
  await expect(dialog).toBeVisible();
  await expect(finding).not.toContainText('已说明');
  // 取消 keeps nothing.
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await expect(finding).toContainText('警告（核实性）');

  await item(app, 'TOWNSHIP_RULES').getByRole('button', { name: '情况属实，填写说明' }).click();
  await reason.fill(REASON);
  await dialog.getByRole('button', { name: '保存说明' }).click();
  await expect(dialog).toBeHidden();
  await expect(finding).toContainText('已说明（核实性）');
  await expect(finding).toContainText(`说明：${REASON}`);
  await expect(app.errorCount).toContainText('0 个警告');
  await expect(app.errorCount).toContainText('1 个已说明');
  // Explained, the part is complete again (完成情况).
  await expect(sectionTwo(page)).toHaveAccessibleName('二、主动公开政府信息情况 已完成');
  await expect(
    item(app, 'TOWNSHIP_RULES').getByRole('button', { name: '情况属实，填写说明' }),
  ).toHaveCount(0);

  await app.waitSaved();
  await page.reload();
  await expect(app.cell('t2_rules_made')).toHaveValue('1');
  await expect(finding).toContainText('已说明（核实性）');
  await expect(finding).toContainText(`说明：${REASON}`);
  await expect(app.errorCount).toContainText('1 个已说明');

  // Another value of its cell: the reason no longer holds, the warning is open again — for good.
  await app.cell('t2_rules_made').fill('2');
  await expect(finding).toContainText('警告（核实性）');
  await expect(finding).not.toContainText(REASON);
  await expect(app.errorCount).toContainText('1 个警告');
  await app.cell('t2_rules_made').fill('1');
  await expect(finding).toContainText('警告（核实性）');
  await app.waitSaved();
  await page.reload();
  await expect(finding).toContainText('警告（核实性）');
  await expect(
    item(app, 'TOWNSHIP_RULES').getByRole('button', { name: '情况属实，填写说明' }),
  ).toBeVisible();
});

test('an explanation can be withdrawn; errors have no explain action', async ({ app, page }) => {
  await withWarning(app);
  await item(app, 'TOWNSHIP_RULES').getByRole('button', { name: '情况属实，填写说明' }).click();
  const dialog = page.getByRole('dialog', { name: '情况属实，填写说明' });
  await dialog.getByRole('textbox', { name: '说明' }).fill(REASON);
  await dialog.getByRole('textbox', { name: '说明' }).press('Tab');
  await page.keyboard.press('Enter'); // 保存说明, from the keyboard
  await expect(app.findings('TOWNSHIP_RULES')).toContainText('已说明');
  await item(app, 'TOWNSHIP_RULES').getByRole('button', { name: '撤回说明' }).click();
  await expect(app.findings('TOWNSHIP_RULES')).toContainText('警告（核实性）');
  await expect(app.errorCount).toContainText('1 个警告');

  await app.cell('t3_new_natural').fill('10'); // breaks 表三's balance
  await expect(app.findings('T3_BALANCE').first()).toContainText('错误（强制性）');
  const errors = app.checks.locator('.finding-item', { has: page.locator('.finding-error') });
  expect(await errors.count()).toBeGreaterThan(0);
  await expect(errors.getByRole('button', { name: '情况属实，填写说明' })).toHaveCount(0);
  await expect(errors.getByRole('button', { name: '撤回说明' })).toHaveCount(0);
});

test('BLANK_CELL fills its table with 0 from the finding', async ({ app }) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await app.cell('t4_review_corrected').fill('');
  await app.cell('t4_review_other').fill('');
  const finding = app.findings('BLANK_CELL');
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText('表四 还有 2 个空白单元格');
  // Blanks are filled, not explained.
  await expect(
    item(app, 'BLANK_CELL').getByRole('button', { name: '情况属实，填写说明' }),
  ).toHaveCount(0);
  await item(app, 'BLANK_CELL').getByRole('button', { name: '空白填0', exact: true }).click();
  await expect(app.cell('t4_review_corrected')).toHaveValue('0');
  await expect(app.cell('t4_review_other')).toHaveValue('0');
  await expect(finding).toHaveCount(0);
  await expect(app.checks.getByRole('status')).toContainText('已将 2 个空白单元格填为 0');
});

test('a final export waits for the warnings: explained from the dialog, the final file goes out', async ({
  app,
  page,
}) => {
  await withWarning(app);
  await page.getByRole('button', { name: '导出 Word' }).click();
  const dialog = page.getByRole('dialog', { name: '还有未核实的警告' });
  await expect(dialog).toContainText('1 个核实性警告');
  await expect(dialog.getByRole('button', { name: '返回修改' })).toBeFocused();
  await expect(dialog.getByRole('button', { name: /^导出正式稿/ })).toHaveCount(0);
  await expect(dialog.locator('button[data-rule="TOWNSHIP_RULES"]')).toBeVisible();

  await dialog.getByRole('button', { name: '情况属实，填写说明' }).click();
  const explain = page.getByRole('dialog', { name: '情况属实，填写说明' });
  await explain.getByRole('textbox', { name: '说明' }).fill(REASON);
  await explain.getByRole('button', { name: '保存说明' }).click();
  await expect(explain).toBeHidden();
  const ready = page.getByRole('dialog', { name: '可以导出正式稿' });
  await expect(ready).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    ready.getByRole('button', { name: '导出正式稿（Word）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('青山镇人民政府2024年政府信息公开工作年度报告.docx');
  await expect(app.findings('TOWNSHIP_RULES')).toContainText('已说明');
});

test('a finding clicked in the export dialog closes it and focuses its cell', async ({
  app,
  page,
}) => {
  await withWarning(app);
  await page.getByRole('button', { name: '导出 HTML' }).click();
  const dialog = page.getByRole('dialog', { name: '还有未核实的警告' });
  await dialog.locator('button[data-rule="TOWNSHIP_RULES"]').click();
  await expect(dialog).toBeHidden();
  await expect(app.cell('t2_rules_made')).toBeFocused();
});

test('the review desk shows an explained warning as 已说明 with the reason', async ({ page }) => {
  const report = fixture('example-2021');
  const explained = {
    ...report,
    cells: { ...report.cells, t2_rules_made: 1 },
    explanations: [
      {
        rule: 'TOWNSHIP_RULES',
        cells: ['t2_rules_made'],
        reason: REASON,
        values: { t2_rules_made: 1 },
      },
    ],
  };
  const desk = new ReviewDesk(page);
  await desk.open();
  await desk.add([jsonFile('explained.json', explained)]);
  const detail = await desk.openReport('explained.json');
  const finding = detail.locator('li[data-rule="TOWNSHIP_RULES"]');
  await expect(finding).toContainText('已说明（核实性）');
  await expect(finding).toContainText(`机关的说明：${REASON}`);
});
