import { expect, fixture, test } from './app';

const example = fixture('example-2021');

test('a complete 2021 report filled by keyboard from an empty draft reaches zero errors', async ({
  app,
  page,
}) => {
  // About 600 keyboard steps, each checked: longer than the default 30 s on a loaded machine.
  test.setTimeout(120_000);
  await app.home();
  await app.create('青山镇人民政府', 2024);
  await expect(app.errorCount).toContainText('0 个错误');

  for (const key of ['intro', 'overview', 'problems', 'other'] as const) {
    await page.locator(`textarea[name="text.${key}"]`).focus();
    await page.keyboard.insertText(example.text[key] ?? '');
  }

  for (const table of ['t2', 't3', 't4']) {
    const editable = page.locator(`table[data-table="${table}"] input[data-cell]:not([readonly])`);
    const ids = await editable.evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).dataset.cell ?? ''),
    );
    expect(ids.length).toBeGreaterThan(0);
    await app.cell(ids[0] ?? '').focus();
    for (const id of ids) {
      await expect(app.cell(id)).toBeFocused();
      await page.keyboard.type(String(example.cells[id]));
      await page.keyboard.press('Tab');
    }
  }

  // Every typed cell holds its value and every computed total equals the official figure.
  const values = await app.cellValues();
  for (const [id, value] of Object.entries(example.cells))
    expect(values[id], id).toBe(String(value));
  await expect(app.cell('t3_result_total_total')).toHaveAttribute('readonly', '');
  await expect(app.errorCount).toContainText('0 个错误');
  await expect(app.checks.locator('.finding-error')).toHaveCount(0);
});

test('spreadsheet keys: arrows, Enter and Escape', async ({ app, page }) => {
  await app.home();
  await app.create('某某镇人民政府', 2024);
  await app.cell('t3_new_natural').focus();
  await page.keyboard.type('5');
  await page.keyboard.press('ArrowRight');
  await expect(app.cell('t3_new_business')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(app.cell('t3_carried_business')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.cell('t3_open_business')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(app.cell('t3_open_natural')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(app.cell('t3_new_natural')).toBeFocused();
  // Escape restores the value the cell had when it was focused.
  await page.keyboard.type('77');
  await expect(app.cell('t3_new_natural')).toHaveValue('77');
  await page.keyboard.press('Escape');
  await expect(app.cell('t3_new_natural')).toHaveValue('5');
  // Moving down the 自然人 column skips the computed （七）总计.
  await app.cell('t3_other_misc_natural').focus();
  await page.keyboard.press('ArrowDown');
  await expect(app.cell('t3_carry_next_natural')).toBeFocused();
  // The computed 总计 follows what was typed.
  await expect(app.cell('t3_new_total')).toHaveValue('5');
});
