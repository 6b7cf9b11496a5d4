/**
 * Undo and safer actions (issue 11 §3): 撤销/重做 across the whole draft by keys and buttons, the
 * text areas' own undo kept, pasted rows with their labels, dialogs that open on the safe button.
 */
import { getTemplate } from '../src/core';
import { expect, test } from './app';

const UNDO = 'Control+z';
const REDO = 'Control+y';

test('typing in cells and text is undone and redone by keys and buttons, and saved', async ({
  app,
  page,
}) => {
  await app.home();
  await app.create('某某镇人民政府', 2024);
  const undo = page.getByRole('button', { name: '撤销', exact: true });
  const redo = page.getByRole('button', { name: '重做', exact: true });
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();
  await expect(undo).toHaveAttribute('title', '撤销（Ctrl+Z）');

  // A run of typing in one cell is one step, as in a spreadsheet.
  await app.cell('t3_new_natural').pressSequentially('12');
  await app.cell('t3_new_natural').press('Tab');
  await app.cell('t3_new_business').pressSequentially('3');
  await expect(app.cell('t3_new_total')).toHaveValue('15');
  await expect(undo).toBeEnabled();

  await page.keyboard.press(UNDO);
  await expect(app.cell('t3_new_business')).toHaveValue('');
  await expect(app.cell('t3_new_natural')).toHaveValue('12');
  await expect(app.cell('t3_new_total')).toHaveValue('12');
  await page.keyboard.press(UNDO);
  await expect(app.cell('t3_new_natural')).toHaveValue('');
  await expect(app.cell('t3_new_natural')).toBeFocused();
  await expect(undo).toBeDisabled();

  await page.keyboard.press(REDO);
  await expect(app.cell('t3_new_natural')).toHaveValue('12');
  await page.keyboard.press('Control+Shift+Z');
  await expect(app.cell('t3_new_business')).toHaveValue('3');
  await expect(redo).toBeDisabled();

  // The buttons, and the basic information and the text areas too.
  await page.getByLabel('机关名称').fill('某某乡人民政府');
  const problems = page.locator('textarea[name="text.problems"]');
  await problems.fill('存在的问题。');
  await undo.click();
  await expect(problems).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: '已撤销' })).toHaveText(/已撤销/);
  await undo.click();
  await expect(page.getByLabel('机关名称')).toHaveValue('某某镇人民政府');
  await expect(app.title).toContainText('某某镇人民政府 2024年');
  await redo.click();
  await redo.click();
  await expect(problems).toHaveValue('存在的问题。');

  // An undo is an edit like any other: it is saved and comes back after a reload.
  await undo.click();
  await expect(problems).toHaveValue('');
  await app.waitSaved();
  await page.reload();
  await expect(page.getByLabel('机关名称')).toHaveValue('某某乡人民政府');
  await expect(page.locator('textarea[name="text.problems"]')).toHaveValue('');
  await expect(app.cell('t3_new_business')).toHaveValue('3');
});

test("a text area keeps the browser's own undo; an insert is undone on its own", async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：李楼镇/);
  const cell = app.cell('t3_new_natural');
  const figure = await cell.inputValue();
  await cell.fill('5');
  const problems = page.locator('textarea[name="text.problems"]');
  const text = await problems.inputValue();
  await problems.fill('');
  await problems.pressSequentially('ab');
  const heading = page
    .locator('#section-problems')
    .getByRole('group', { name: /插入常用小标题/ })
    .getByRole('button')
    .first();
  const label = (await heading.textContent()) ?? '';
  await heading.click();
  await expect(problems).toBeFocused();
  await expect(problems).toHaveValue(`ab\n${label}\n`);
  await problems.pressSequentially('c');
  await expect(problems).toHaveValue(`ab\n${label}\nc`);

  // Ctrl+Z in the text area is the browser's text undo: the typing, then the insert alone.
  await page.keyboard.press(UNDO);
  await expect(problems).toHaveValue(`ab\n${label}\n`);
  await page.keyboard.press(UNDO);
  await expect(problems).toHaveValue('ab');
  await page.keyboard.press(REDO);
  await expect(problems).toHaveValue(`ab\n${label}\n`);
  await page.keyboard.press(UNDO);
  await expect(problems).toHaveValue('ab');
  // The browser's own steps lead back to the text as it was. How it splits them is its own:
  // Chromium may join clearing the field with the first letter typed after it into one step.
  const seen: string[] = [];
  for (let i = 0; i < 8 && (await problems.inputValue()) !== text; i++) {
    await page.keyboard.press(UNDO);
    seen.push(await problems.inputValue());
  }
  expect(seen.at(-1)).toBe(text);
  await expect(cell).toHaveValue('5');
  // Where the text area's own undo ends, the draft's goes on: the cell typed before, focused.
  await page.keyboard.press(UNDO);
  await expect(cell).toHaveValue(figure);
  await expect(cell).toBeFocused();
  await expect(problems).toHaveValue(text);
  // And its redo brings back all of the text area's steps it followed.
  await page.getByRole('button', { name: '重做', exact: true }).click();
  await expect(cell).toHaveValue('5');
  await page.getByRole('button', { name: '重做', exact: true }).click();
  await expect(problems).not.toHaveValue(text);

  // The standard sentences insert is one step of the draft's undo too.
  const overview = page.locator('textarea[name="text.overview"]');
  const before = await overview.inputValue();
  await page.getByRole('button', { name: '插入按表格生成的标准表述', exact: true }).click();
  await expect(overview).toHaveValue(/本年度共收到政府信息公开申请/);
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await expect(overview).toHaveValue(before);
});

test('undo after a block paste restores every cell; 空白填0 and the totals switch undo', async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  const before = await app.cellValues();
  const block = ['1\t2\t3\t4', '5\t6\t7\t8', '9\t10\t11\t12'].join('\r\n');
  await app.paste(app.cell('t3_new_natural'), `${block}\r\n`);
  await expect(page.getByText('已粘贴 12 个单元格')).toBeVisible();
  await expect(app.cell('t3_open_nonprofit')).toHaveValue('12');
  expect(await app.cellValues()).not.toEqual(before);

  await page.keyboard.press(UNDO);
  await expect(app.cell('t3_open_nonprofit')).toHaveValue(before.t3_open_nonprofit ?? '');
  await expect(page.getByText('已粘贴 12 个单元格')).toHaveCount(0);
  expect(await app.cellValues()).toEqual(before);
  await page.keyboard.press(REDO);
  await expect(app.cell('t3_open_nonprofit')).toHaveValue('12');
  await page.keyboard.press(UNDO);
  expect(await app.cellValues()).toEqual(before);

  // 空白填0 over a table with blanks, then undo: the blanks are back.
  await app.cell('t3_new_business').fill('');
  await app.cell('t3_new_research').fill('');
  const blanks = await app.cellValues();
  await page
    .locator('.table-block')
    .filter({ has: app.cell('t3_new_natural') })
    .getByRole('button', { name: '空白填0' })
    .click();
  await expect(app.cell('t3_new_business')).toHaveValue('0');
  await expect(app.cell('t3_new_research')).toHaveValue('0');
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  expect(await app.cellValues()).toEqual(blanks);

  // The totals switch: undo puts the computed totals back.
  await page.getByLabel('总计手动填写').first().check();
  await expect(app.cell('t3_new_total')).not.toHaveAttribute('readonly', '');
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await expect(page.getByLabel('总计手动填写').first()).not.toBeChecked();
  await expect(app.cell('t3_new_total')).toHaveAttribute('readonly', '');
});

test('a row pasted with its label column lands right; a pasted total that differs is reported', async ({
  app,
  page,
}) => {
  await app.home();
  await app.create('某某街道办事处', 2024);
  // A whole row as Excel/WPS copies it: the heading (merged over three columns), then the figures.
  const row = ['一、本年新收政府信息公开申请数量', '', '', '9', '2', '1', '1', '1', '1', '16'];
  await app.paste(app.cell('t3_new_natural'), `${row.join('\t')}\r\n`);
  const status = page
    .locator('.table-block')
    .filter({ has: app.cell('t3_new_natural') })
    .getByRole('status');
  await expect(status).toContainText(
    '已粘贴 6 个单元格，略去 1 行的行名称，跳过 1 个自动计算的总计。',
  );
  await expect(app.cell('t3_new_natural')).toHaveValue('9');
  await expect(app.cell('t3_new_business')).toHaveValue('2');
  await expect(app.cell('t3_new_other')).toHaveValue('1');
  await expect(app.cell('t3_new_total')).toHaveValue('15');
  // The pasted 总计 (16) is not the sum of the row (15): the notice names the cell and both.
  await expect(status).toContainText(
    '粘贴的总计与计算结果不符：“一、本年新收政府信息公开申请数量 总计”粘贴的是 16，按各项计算为 15。',
  );

  // A matching total says nothing more; the row lands by its heading even from another cell.
  const carried = ['二、上年结转政府信息公开申请数量', '', '', '1', '0', '0', '0', '0', '0', '1'];
  await app.paste(app.cell('t3_new_legal'), `${carried.join('\t')}\r\n`);
  await expect(status).toHaveText(
    '已粘贴 6 个单元格，略去 1 行的行名称，跳过 1 个自动计算的总计。',
  );
  await expect(app.cell('t3_carried_natural')).toHaveValue('1');
  await expect(app.cell('t3_new_legal')).toHaveValue('1');
});

test('dialogs that lose work open on 取消; the export and print warning on 返回修改', async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);

  // Another format drops cells: asked in a dialog that opens on 取消, so Enter keeps the draft.
  const format = page.getByLabel('报告格式');
  const before = await format.inputValue();
  await format.selectOption({ label: getTemplate('2019').name });
  const asked = page.getByRole('dialog', { name: `改用${getTemplate('2019').name}` });
  await expect(asked).toContainText('数值不会保留');
  await expect(asked.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(asked).toBeHidden();
  await expect(format).toHaveValue(before);

  // 历史版本 opens on 关闭, not on a 恢复此版本.
  await app.waitSaved();
  await page.getByRole('button', { name: '历史版本' }).click();
  const history = page.getByRole('dialog', { name: '历史版本' });
  await expect(history.getByRole('button', { name: '关闭' })).toBeFocused();
  await page.keyboard.press('Escape');

  // With an error, 导出 Word and 打印 both warn first, opening on 返回修改.
  await app.cell('t3_new_natural').fill('10');
  await expect(app.errorCount).not.toHaveText(/^0 个错误/);
  const warning = page.getByRole('dialog', { name: '报告还有错误' });
  await page.getByRole('button', { name: '导出 Word' }).click();
  await expect(warning.getByRole('button', { name: '返回修改' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(warning).toBeHidden();
  await page.getByRole('button', { name: '打印' }).click();
  await expect(warning).toContainText('仍要打印吗');
  await expect(warning.getByRole('button', { name: '返回修改' })).toBeFocused();
  await warning.getByRole('button', { name: '返回修改' }).click();
  await expect(page.getByRole('dialog', { name: '打印预览' })).toHaveCount(0);
  await page.getByRole('button', { name: '打印' }).click();
  await warning.getByRole('button', { name: '仍然打印' }).click();
  await expect(page.getByRole('dialog', { name: '打印预览' }).locator('table')).toHaveCount(3);
  await page.getByRole('button', { name: '返回编辑' }).click();

  // Then the format switch goes ahead when confirmed.
  await format.selectOption({ label: getTemplate('2019').name });
  await asked.getByRole('button', { name: `仍然改用${getTemplate('2019').name}` }).click();
  await expect(format).toHaveValue('2019');

  // Deleting a draft opens on 取消.
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await page.getByRole('button', { name: /^删除 青山镇人民政府/ }).click();
  const remove = page.getByRole('dialog', { name: '删除草稿' });
  await expect(remove.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(remove).toBeHidden();
  await expect(page.getByRole('button', { name: /^打开 青山镇人民政府/ })).toBeVisible();
});

test('a format switch is one step of undo: back in the old format with every figure', async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await app.cell('t3_new_natural').fill('8');
  const before = await app.cellValues();
  const format = page.getByLabel('报告格式');
  await format.selectOption({ label: getTemplate('2019').name });
  await page
    .getByRole('dialog', { name: `改用${getTemplate('2019').name}` })
    .getByRole('button', { name: /^仍然改用/ })
    .click();
  await expect(format).toHaveValue('2019');
  expect(await app.cellValues()).not.toEqual(before);

  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await expect(format).toHaveValue('2021');
  await expect(
    page.getByRole('status').filter({ hasText: `已撤销：改用${getTemplate('2019').name}` }),
  ).toBeVisible();
  expect(await app.cellValues()).toEqual(before);
  // The typing before the switch is still in the history, and the switch can be redone.
  await page.keyboard.press('Control+z');
  await expect(app.cell('t3_new_natural')).not.toHaveValue('8');
  await page.keyboard.press('Control+y');
  await expect(app.cell('t3_new_natural')).toHaveValue('8');
  await page.keyboard.press('Control+y');
  await expect(format).toHaveValue('2019');
  // It is saved: a reload opens the draft in the format undo and redo left it in.
  await app.waitSaved();
  await page.reload();
  await expect(page.getByLabel('报告格式')).toHaveValue('2019');
});

test("undo in one tab takes back only its own edits, never the other tab's merged in", async ({
  app,
  page,
}) => {
  await app.home();
  await app.create('东城街道办事处', 2024);
  await app.waitSaved();
  const other = await app.anotherTab();
  await expect(other.title).toContainText('东城街道办事处');

  await app.cell('t3_new_natural').fill('3');
  await app.waitSaved();
  await expect(other.cell('t3_new_natural')).toHaveValue('3');
  // The other tab changes this tab's cell and one of its own; this tab takes both in.
  await other.cell('t3_new_natural').fill('6');
  await other.cell('t3_new_business').fill('4');
  await other.waitSaved();
  await expect(app.cell('t3_new_natural')).toHaveValue('6');
  await expect(app.cell('t3_new_business')).toHaveValue('4');

  await app.cell('t3_new_research').fill('5');
  await page.keyboard.press('Control+z');
  await expect(app.cell('t3_new_research')).toHaveValue('');
  // Its typing of 3 was overwritten by the other tab: nothing left to undo, 6 and 4 stay.
  await expect(page.getByRole('button', { name: '撤销', exact: true })).toBeDisabled();
  await expect(app.cell('t3_new_natural')).toHaveValue('6');
  await app.waitSaved();
  await expect(other.cell('t3_new_research')).toHaveValue('');
  await expect(other.cell('t3_new_natural')).toHaveValue('6');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
