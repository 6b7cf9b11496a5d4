/**
 * The clerk's last mile (issue 24): findings that wrap and point at the likely cell, one reuse
 * measure, roll-forward offered to a first-time user, the storage note said once, the keyboard,
 * help, and the blank form.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { getTemplate } from '../src/core';
import {
  actualRow,
  child,
  children,
  expectedRows,
  parts,
  xml,
} from '../src/testing/docx-structure';
import { expect, fixture, readFixture, test } from './app';

/** Whether the browser keeps the page's data (a page never bookmarked is usually refused). */
async function persistence(page: Page, granted: boolean): Promise<void> {
  await page.addInitScript((keep) => {
    navigator.storage.persist = () => Promise.resolve(keep);
    navigator.storage.persisted = () => Promise.resolve(keep);
  }, granted);
}

const focusedCell = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.dataset.cell);

test("the export dialog's findings wrap at every width", async ({ app, page }) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await app.cell('t3_new_business').fill('—');
  await app.cell('t3_new_natural').fill('12');
  await page.locator('.editor-top').getByRole('button', { name: '导出 Word', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '报告还有错误' });
  const findings = dialog.locator('.finding');
  await expect(findings.first()).toContainText('填写的「—」无效');
  for (const [width, height] of [
    [1920, 1080],
    [1280, 800],
    [1024, 768],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    const overflow = await findings.evaluateAll((all) =>
      all.map((f) => [f.scrollWidth, f.clientWidth, f.textContent.slice(0, 20)]),
    );
    expect(overflow.length).toBeGreaterThanOrEqual(2);
    for (const [scroll, client, text] of overflow) {
      expect(Number(scroll), `${width}px: ${String(text)}`).toBeLessThanOrEqual(Number(client));
    }
  }
});

test('a typo in a middle result row: the finding names it, the click focuses it', async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await app.cell('t3_reject_repeat_natural').fill('11');
  // Typed elsewhere since: the figures, not the order of typing, point at 重复申请.
  await app.cell('t2_license_decisions').fill('47');
  const finding = app.findings('T3_BALANCE');
  await expect(finding).toContainText('办理结果合计 19，应为 一+二−四 = 9+1−1 = 9，多 10 件');
  await expect(finding).toContainText('重复申请 11 — 多出的 10 件可能在这里');
  await page.locator('#section-overview').scrollIntoViewIfNeeded();
  await finding.click();
  expect(await focusedCell(page)).toBe('t3_reject_repeat_natural');
  await expect(app.cell('t3_reject_repeat_natural')).toBeInViewport();
});

test('a 六 of factual statements is no reuse; each badge shows the rule’s own figure', async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await page.locator('.editor-top').getByRole('button', { name: '新建下一年度报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建下一年度报告' });
  await dialog.getByRole('checkbox').check(); // last year's text as the draft
  await dialog.getByRole('button', { name: '新建 2025 年度报告' }).click();
  await expect(app.title).toContainText('青山镇人民政府 2025年');

  // 六 is last year's three factual statements (no fee, tasks done, no proposals): not reuse.
  const other = page.locator('textarea[name="text.other"]');
  await expect(other).toHaveValue(/本年度未收取信息处理费/);
  const badge = (name: string) =>
    page
      .locator('.narrative')
      .filter({ has: page.locator(`textarea[name="${name}"]`) })
      .locator('.reuse');
  await expect(badge('text.other')).toContainText('与上年报告相同约 0%');
  await expect(
    app.checks.locator('[data-rule="TEXT_REUSE"]').filter({ hasText: '六、' }),
  ).toHaveCount(0);
  // 一 is copied: the finding and the badge give one figure.
  const overview = app.findings('TEXT_REUSE').filter({ hasText: '一、总体情况' });
  const percent = /约占 (\d+)%/.exec((await overview.textContent()) ?? '')?.[1];
  expect(Number(percent)).toBeGreaterThan(50);
  await expect(badge('text.overview')).toContainText(`与上年报告相同约 ${percent}%`);
});

test("a first-time user imports last year's report and is led to this year's", async ({
  app,
  page,
}) => {
  const seed = readFixture('seeds/001_1e620b80bbedd808.txt');
  await app.home();
  await page.getByRole('textbox', { name: '粘贴报告全文' }).fill(seed);
  await page.getByRole('button', { name: '识别粘贴的内容' }).click();
  const review = page.getByRole('region', { name: '识别结果' });
  await expect(review).toContainText('这是 2020 年度的报告');
  // The narrative boxes scroll, and so take the focus.
  await review.getByRole('region', { name: '一、总体情况 识别的正文' }).focus();
  await expect(review.getByRole('region', { name: '一、总体情况 识别的正文' })).toBeFocused();

  await review.getByRole('button', { name: '以此为上年报告，新建 2021 年度报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建下一年度报告' });
  await dialog.getByRole('button', { name: '新建 2021 年度报告' }).click();
  const last = fixture('seed-001');
  const org = last.meta.org;
  await expect(app.title).toContainText(`${org} 2021年`);
  // Linked to last year's: its 结转下年度 carried in, the usual opening for the new year.
  await expect(page.getByText('已关联上年报告：')).toBeVisible();
  for (const c of getTemplate('2021').t3.columns) {
    await expect(app.cell(`t3_carried_${c.key}`)).toHaveValue(
      String(last.cells[`t3_carry_next_${c.key}`] ?? 0),
    );
  }
  await expect(page.locator('textarea[name="text.intro"]')).toHaveValue(
    `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布${org}2021年政府信息公开工作年度报告。本报告所列数据的统计期限为2021年1月1日至2021年12月31日。`,
  );

  // A draft of a past year says the same at its top.
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await app.loadExample(/载入示例：李楼镇/);
  const offer = page.getByRole('note').filter({ hasText: '这是 2020 年度的报告' });
  await expect(
    offer.getByRole('button', { name: '以此为上年报告，新建 2021 年度报告' }),
  ).toBeVisible();
  await offer.getByRole('button', { name: '继续编辑本报告' }).click();
  await expect(offer).toHaveCount(0);
});

test('the storage note is said once: closable, back only when something changed', async ({
  app,
  page,
}) => {
  await persistence(page, false);
  await app.home();
  const note = page.getByRole('complementary', { name: '数据保存提示' });
  await expect(note).toContainText('浏览器没有同意长期保存本页数据');
  // Nothing to back up yet: said, not an empty zip.
  await note.getByRole('button', { name: '下载全部草稿' }).click();
  await expect(note.getByText('还没有草稿，无需备份。')).toBeVisible();
  // In a draft: its report file.
  await app.loadExample(/载入示例：青山镇人民政府/);
  await expect(note.getByRole('button', { name: '下载报告文件' })).toBeVisible();
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    note.getByRole('button', { name: '下载报告文件' }).click(),
  ]);
  expect(json.suggestedFilename()).toBe('青山镇人民政府2024年政府信息公开工作年度报告.json');
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  const [zip] = await Promise.all([
    page.waitForEvent('download'),
    note.getByRole('button', { name: '下载全部草稿' }).click(),
  ]);
  expect(zip.suggestedFilename()).toMatch(/^政府信息公开年报草稿备份-\d{4}-\d{2}-\d{2}\.zip$/);
  expect(
    readFileSync(await zip.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');

  await note.getByRole('button', { name: '关闭提示' }).click();
  await expect(note).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: '我的草稿' })).toBeVisible();
  await expect(page.getByRole('table', { name: '草稿列表' })).toBeVisible();
  await expect(note).toHaveCount(0);

  // Something changed: space runs low. Said again.
  await page.addInitScript(() => {
    navigator.storage.estimate = () =>
      Promise.resolve({ usage: 95 * 1024 * 1024, quota: 100 * 1024 * 1024 });
  });
  await page.reload();
  await expect(note).toContainText('浏览器存储空间将满');
});

test('keyboard: the first field, the navigation, skip links and F8', async ({ app, page }) => {
  await persistence(page, true); // no storage note above the editor: the skip links come first
  await app.home();
  await app.create('某某街道办事处', 2024);
  // A new draft starts in the first field that needs the clerk, not on the page body.
  await expect(page.locator('textarea[name="text.overview"]')).toBeFocused();

  // A part chosen in the navigation takes the focus into its first field.
  const nav = page.getByRole('navigation', { name: '报告各部分' });
  await nav.getByRole('button', { name: /^三、收到和处理政府信息公开申请情况/ }).focus();
  await page.keyboard.press('Enter');
  expect(await focusedCell(page)).toBe('t3_new_natural');

  // Skip links come first in the tab order: before the top bar's first button.
  await page.getByRole('button', { name: '← 草稿列表' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: '跳到检查结果' }).first()).toBeFocused();
  await expect(page.getByRole('button', { name: '跳到检查结果' }).first()).toBeInViewport();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: '跳到表三' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: '跳到表二' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: '跳到表二' })).not.toBeFocused(); // none before
  await page.getByRole('button', { name: '跳到表三' }).focus();
  await page.keyboard.press('Enter');
  expect(await focusedCell(page)).toBe('t3_new_natural');

  // F8: to the checks (the first finding), and back to where the clerk was.
  await page.keyboard.press('F8');
  await expect(app.checks.locator('.finding').first()).toBeFocused();
  await page.keyboard.press('F8');
  expect(await focusedCell(page)).toBe('t3_new_natural');

  // From the last cell of 表三, one Tab reaches 跳到检查结果.
  const last = page.locator('table[data-table="t3"] input[data-cell]:not([readonly])').last();
  await last.focus();
  await page.keyboard.press('Tab');
  const skip = page.locator('.table-block').filter({ has: page.locator('table[data-table="t3"]') });
  await expect(skip.getByRole('button', { name: '跳到检查结果' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.checks.locator('.finding').first()).toBeFocused();

  // The help names the key.
  await page.locator('.editor-top').getByRole('button', { name: '帮助', exact: true }).click();
  const help = page.getByRole('dialog', { name: '帮助' });
  await expect(help.getByRole('row').filter({ hasText: 'F8' })).toContainText('转到检查结果');
});

test('narrow screen: F8 opens the folded checks bar and focuses it', async ({ app, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await app.cell('t3_new_natural').fill('10');
  await expect(app.checks.locator('.checks-toggle')).toContainText('1 个错误');
  await page.keyboard.press('F8');
  await expect(app.checks.locator('.finding').first()).toBeFocused();
  await expect(app.checks.locator('.checks-toggle')).toHaveAttribute('aria-expanded', 'true');
});

test('这条规则是什么意思 opens the help at that rule', async ({ app, page }) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await app.cell('t3_reject_repeat_natural').fill('11');
  await app.checks
    .locator('.finding-item')
    .filter({ has: page.locator('button[data-rule="T3_BALANCE"]') })
    .getByRole('button', { name: '这条规则是什么意思' })
    .click();
  const help = page.getByRole('dialog', { name: '帮助' });
  const entry = help.locator('details[data-rule="T3_BALANCE"]');
  await expect(entry).toHaveAttribute('open', '');
  await expect(entry.locator('summary')).toBeFocused();
  await expect(entry).toContainText('含义');
  await expect(entry).toContainText('示例');
  await expect(entry).toContainText('第一项加第二项之和，等于第三项加第四项之和');
  await expect(entry).toContainText('常见错误');
  await help.getByRole('button', { name: '关闭' }).click();
  await expect(help).toBeHidden();
});

test('完成情况: how many parts are done, and what is left in each', async ({ app, page }) => {
  await app.home();
  await app.create('某某街道办事处', 2024);
  const progress = page.getByRole('navigation', { name: '报告各部分' }).locator('details.progress');
  await expect(progress.locator('summary')).toHaveText('已完成 0/6 部分');
  await progress.locator('summary').click();
  const row = (part: string) => progress.getByRole('row').filter({ hasText: part });
  await expect(row('三、').getByRole('cell').first()).toHaveText('未填完');

  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await expect(progress.locator('summary')).toHaveText('已完成 6/6 部分');
  await app.cell('t3_reject_repeat_natural').fill('11');
  await expect(progress.locator('summary')).toHaveText('已完成 5/6 部分');
  await progress.locator('summary').click();
  await expect(row('三、').getByRole('cell')).toHaveText(['✓', '1 个错误', /^(✓|\d+ 个警告)$/]);
  await expect(row('四、').getByRole('cell')).toHaveText(['✓', '✓', '✓']);
  // Fixed: the part is done again.
  await app.cell('t3_reject_repeat_natural').fill('1');
  await expect(progress.locator('summary')).toHaveText('已完成 6/6 部分');
});

test('空白表样: the three tables empty, with unit and year, in Word (LibreOffice opens it) and print', async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await page.locator('.editor-top').getByRole('button', { name: '空白表样', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '空白表样' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: '下载空白表样（Word）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    '青山镇人民政府2024年政府信息公开工作年度报告表格（空白表样）.docx',
  );
  const bytes = readFileSync(await download.path());
  const body = child(child(xml(parts(bytes)['word/document.xml']), 'w:document'), 'w:body');
  const tables = children(body, 'w:tbl');
  expect(tables).toHaveLength(3);
  const template = getTemplate('2021');
  (['t2', 't3', 't4'] as const).forEach((id, i) => {
    const rows = children(tables[i], 'w:tr').map(actualRow);
    expect(rows, id).toEqual(expectedRows(template.tables[id], fixture('example-2021'), true));
  });

  // LibreOffice opens it: the labels are there, no figure is.
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-blank-'));
  try {
    const file = join(dir, 'blank.docx');
    writeFileSync(file, bytes);
    execFileSync('soffice', [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ]);
    const text = execFileSync('pdftotext', [join(dir, 'blank.pdf'), '-'], { encoding: 'utf8' });
    for (const words of [
      '填报单位：青山镇人民政府',
      '申请人情况',
      '7.属于行政执法案卷',
      '复议后起诉',
    ])
      expect(text).toContain(words);
    expect(text).toContain('统计期限：2024');
    expect(text.split('\n').filter((line) => /^\s*\d+\s*$/.test(line))).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  await dialog.getByRole('button', { name: '打印空白表样' }).click();
  const preview = page.getByRole('dialog', { name: '空白表样打印预览' });
  await expect(preview.locator('table')).toHaveCount(3);
  await expect(preview).toContainText('填报单位：青山镇人民政府');
  const figures = await preview
    .locator('td')
    .evaluateAll((cells) =>
      cells.filter((c) => /^\s*[\d.]+\s*$/.test(c.textContent)).map((c) => c.textContent),
    );
  expect(figures).toEqual([]);
});
