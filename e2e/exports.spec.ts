import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTemplate } from '../src/core';
import { expect, test } from './app';
import { expectOfficialDocx } from './official-docx';

test('导出 Word downloads the official .docx: page, margins and every merged cell', async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 Word' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('青山镇人民政府2024年政府信息公开工作年度报告.docx');
  expectOfficialDocx(readFileSync(await download.path()));
});

test('a report with errors asks before exporting and marks the file as a draft', async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await app.cell('t3_new_natural').fill('10');
  await page.getByRole('button', { name: '导出 Word' }).click();
  const dialog = page.getByRole('dialog', { name: '报告还有错误' });
  await expect(dialog).toContainText('仍要导出吗');
  await expect(dialog.getByRole('button', { name: '返回修改' })).toBeFocused();
  await dialog.getByRole('button', { name: '返回修改' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: '导出 Word' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: '仍然导出（草稿）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    '青山镇人民政府2024年政府信息公开工作年度报告（草稿）.docx',
  );
});

test('导出 HTML gives a clean page with the official table spans', async ({ app, page }) => {
  await app.home();
  await app.loadExample(/载入示例：李楼镇/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 HTML' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('李楼镇2020年政府信息公开工作年度报告.html');
  const html = readFileSync(await download.path(), 'utf8');
  expect(html).not.toContain('<script');
  expect(html).toMatch(/rowspan="20"[^>]*>三、本年度办理结果</);
  expect(html).toContain('colspan="7"');
});

test('the print view prints the report, not the form, with table 三 rows kept whole', async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  await page.getByRole('button', { name: '打印' }).click();
  const preview = page.getByRole('dialog', { name: '打印预览' });
  await expect(
    preview.getByRole('heading', { name: '青山镇人民政府2024年政府信息公开工作年度报告' }),
  ).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  for (const control of await page.locator('input, textarea, select, button').all()) {
    await expect(control).toBeHidden();
  }
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-print-'));
  const pdf = join(dir, 'print.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1],
  );
  expect(pages).toBeGreaterThan(1);
  const pageTexts = Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ''),
  );
  const all = pageTexts.join('');
  const template = getTemplate('2021');
  let at = 0;
  for (const heading of template.sections.map((s) => s.heading)) {
    const found = all.indexOf(heading, at);
    expect(found, heading).toBeGreaterThanOrEqual(at);
    at = found;
  }
  expect(all).not.toContain('检查结果');
  expect(all).not.toContain('导出Word');
  // Each one-row label of table 三 is printed whole on one page: no row is cut in two. In the
  // PDF text a wrapped label's lines interleave with its numbers and the merged labels beside it,
  // so look for its start and then its other characters in order close after it.
  const onOnePage = (label: string) =>
    pageTexts.some((text) => {
      for (
        let at = text.indexOf(label.slice(0, 4));
        at >= 0;
        at = text.indexOf(label.slice(0, 4), at + 1)
      ) {
        let i = 0;
        for (const ch of text.slice(at, at + label.length * 4)) if (ch === label[i]) i++;
        if (i === label.length) return true;
      }
      return false;
    });
  for (const row of template.tables.t3.body) {
    for (const cell of row) {
      if (cell.type !== 'label' || (cell.rowSpan ?? 1) > 1) continue;
      expect(onOnePage(cell.text.replace(/\s+/g, '')), cell.text).toBe(true);
    }
  }
  expect(pageTexts.some((text) => text.includes('—1—'))).toBe(true);
});
