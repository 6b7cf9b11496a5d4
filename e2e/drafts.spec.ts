import { readFileSync } from 'node:fs';
import { expect, fixture, readFixture, test } from './app';
import type { Report } from '../src/core';
import { getRaw, putManyRaw } from './raw-db';

test('reloading mid-edit and reopening the browser bring every value and text back', async ({
  app,
  page,
  browser,
}) => {
  await app.home();
  await app.create('河东街道办事处', 2024);
  await page
    .locator('textarea[name="text.problems"]')
    .fill('一是公开内容不够全面。\n二是解读形式单一。');
  await app.cell('t4_review_upheld').fill('2');
  await app.cell('t2_fee_amount').fill('12.3456');
  await app.cell('t3_new_legal').fill('abc');
  await app.cell('t3_carried_other').focus();
  await app.waitSaved();

  await page.reload();
  await expect(app.cell('t4_review_upheld')).toHaveValue('2');
  await expect(app.cell('t4_review_total')).toHaveValue('2');
  await expect(app.cell('t2_fee_amount')).toHaveValue('12.3456');
  await expect(app.cell('t3_new_legal')).toHaveValue('abc');
  await expect(app.cell('t3_new_legal')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('textarea[name="text.problems"]')).toHaveValue(
    '一是公开内容不够全面。\n二是解读形式单一。',
  );
  // Back where the user was: the last focused cell, in section 三.
  await expect(app.cell('t3_carried_other')).toBeFocused();
  await expect(page.locator('#section-requests')).toBeInViewport();

  // Close the browser context and open a new one with what the browser kept.
  const kept = await page.context().storageState({ indexedDB: true });
  await page.context().close();
  const context = await browser.newContext({ storageState: kept });
  const again = await context.newPage();
  await again.goto('/');
  await expect(again.locator('input[data-cell="t4_review_upheld"]')).toHaveValue('2');
  await expect(again.locator('textarea[name="text.problems"]')).toHaveValue(
    '一是公开内容不够全面。\n二是解读形式单一。',
  );
  await expect(again.locator('.editor-title')).toContainText('河东街道办事处 2024年');
  await context.close();
});

test('drafts list: open, duplicate, delete with confirmation', async ({ app, page }) => {
  await app.home();
  await app.create('甲镇人民政府', 2024);
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await app.loadExample(/载入示例：李楼镇/);
  await page.getByRole('button', { name: '← 草稿列表' }).click();

  const table = page.getByRole('table', { name: '草稿列表' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText('李楼镇');
  await expect(table).toContainText('2019年格式（试行）');
  await expect(table).toContainText('2021年格式');

  await page.getByRole('button', { name: '复制 甲镇人民政府 2024年' }).click();
  await expect(table.getByRole('row')).toHaveCount(4);
  // A plain copy: the 机关名称 is unchanged, the list marks the copy.
  await expect(table).not.toContainText('（副本）');
  await expect(table.getByRole('row').filter({ hasText: '甲镇人民政府' })).toHaveCount(2);
  await expect(table.locator('.copy-badge')).toHaveText(['副本']);
  await expect(table.locator('.copy-badge')).toHaveAttribute('title', '复制自 甲镇人民政府 2024年');

  await page.getByRole('button', { name: '删除 甲镇人民政府 2024年（副本）' }).click();
  const dialog = page.getByRole('dialog', { name: '删除草稿' });
  await expect(dialog).toContainText('删除后无法恢复');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(table.getByRole('row')).toHaveCount(4);
  await page.getByRole('button', { name: '删除 甲镇人民政府 2024年（副本）' }).click();
  await dialog.getByRole('button', { name: '确认删除' }).click();
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.locator('.copy-badge')).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: '打开 甲镇人民政府 2024年', exact: true }),
  ).toBeVisible();

  await page.getByRole('button', { name: '打开 李楼镇 2020年' }).click();
  await expect(app.title).toContainText('李楼镇 2020年');
});

test('a broken report file gets a clear message and changes nothing', async ({ app, page }) => {
  await app.home();
  await app.create('乙镇人民政府', 2024);
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await page.getByLabel('选择文件').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"kind": "gov-info-disclosure-annual-report", "version": 9'),
  });
  await expect(page.getByRole('alert')).toContainText(
    '无法导入文件“broken.json”：文件不是有效的 JSON',
  );
  await page.getByLabel('选择文件').setInputFiles({
    name: 'newer.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...fixture('seed-000'), version: 9 })),
  });
  await expect(page.getByRole('alert')).toContainText('请升级后再打开');
  await expect(page.getByRole('table', { name: '草稿列表' }).getByRole('row')).toHaveCount(2);
});

test('the text export and the report file download are the report', async ({ app, page }) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  const [text] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出文本' }).click(),
  ]);
  expect(text.suggestedFilename()).toBe('青山镇人民政府2024年政府信息公开工作年度报告.txt');
  const golden = readFixture('golden/example-2021.txt');
  expect(readFileSync(await text.path(), 'utf8')).toBe(golden);

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载报告文件' }).click(),
  ]);
  expect(json.suggestedFilename()).toBe('青山镇人民政府2024年政府信息公开工作年度报告.json');
  const saved = JSON.parse(readFileSync(await json.path(), 'utf8')) as { cells: unknown };
  expect(saved.cells).toEqual(fixture('example-2021').cells);
});

test('many drafts: the most recent 100 with a count, found by 机关 or 年度, all on request', async ({
  app,
  page,
}) => {
  await app.home();
  await app.create('甲镇人民政府', 2024);
  const id = /#\/draft\/([\w-]+)$/.exec(page.url())?.[1] ?? '';
  await app.waitSaved();
  const record = await getRaw(page, id);
  const report = record.report as Report;
  // 120 more drafts as the page stores them, without their index entries (a store from before
  // the index): the first list builds them.
  const now = Date.now();
  await putManyRaw(
    page,
    'drafts',
    Array.from({ length: 120 }, (_, i) => ({
      ...record,
      id: `many-${String(i).padStart(3, '0')}`,
      savedAt: now - (i + 1) * 60_000,
      report: {
        ...report,
        meta: { ...report.meta, org: `第${String(i)}镇人民政府`, year: 2015 + (i % 10) },
      },
    })),
  );
  await page.getByRole('button', { name: '← 草稿列表' }).click();

  const rows = page.getByRole('table', { name: '草稿列表' }).locator('tbody tr');
  const count = page.locator('.drafts-search [role="status"]');
  await expect(count).toHaveText('共 121 份草稿');
  await expect(rows).toHaveCount(100);
  // The most recently saved first: the draft typed in, then the seeded ones in order.
  await expect(rows.first()).toContainText('甲镇人民政府');
  await expect(rows.nth(1)).toContainText('第0镇人民政府');
  await expect(rows.last()).toContainText('第98镇人民政府');
  await expect(page.locator('.drafts-more')).toContainText('共 121 份');

  const search = page.getByRole('searchbox', { name: '查找草稿' });
  await search.fill('第7镇');
  await expect(count).toHaveText('找到 1 份（共 121 份）');
  await expect(rows).toHaveCount(1);
  await search.fill('2019年 镇人民政府');
  await expect(count).toHaveText('找到 12 份（共 121 份）');
  await expect(rows).toHaveCount(12);
  await search.fill('');
  await page.getByRole('button', { name: '显示全部 121 份' }).click();
  await expect(rows).toHaveCount(121);
  await expect(rows.last()).toContainText('第119镇人民政府');

  await page.getByRole('button', { name: '删除 第119镇人民政府 2024年' }).click();
  await page
    .getByRole('dialog', { name: '删除草稿' })
    .getByRole('button', { name: '确认删除' })
    .click();
  await expect(rows).toHaveCount(120);
  await page.reload();
  await expect(count).toHaveText('共 120 份草稿');
  await expect(page.getByRole('button', { name: '打开 第119镇人民政府 2024年' })).toHaveCount(0);
  await page.getByRole('button', { name: '打开 第7镇人民政府 2022年' }).click();
  await expect(app.title).toContainText('第7镇人民政府 2022年');
});

test.describe('drafts list on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('each draft fits the width with its 机关 on one line and every action reachable', async ({
    app,
    page,
  }) => {
    await app.home();
    await app.loadExample(/载入示例：青山镇人民政府/);
    await page.getByRole('button', { name: '← 草稿列表' }).click();
    const table = page.getByRole('table', { name: '草稿列表' });
    await expect(table).toContainText('青山镇人民政府');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const org = table.locator('tbody td').first();
    // One line: its height is about one line's, not a column of single characters.
    const lines = await org.evaluate(
      (td) => td.getBoundingClientRect().height / parseFloat(getComputedStyle(td).lineHeight),
    );
    expect(lines).toBeLessThan(1.5);
    for (const name of ['打开', '复制', '新建下一年度报告', '删除']) {
      const button = table.getByRole('button', { name: new RegExp(`^${name}`) }).first();
      const box = await button.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(390);
    }
    await table.getByRole('button', { name: /^打开 青山镇人民政府/ }).click();
    await expect(app.title).toContainText('青山镇人民政府');
  });
});
