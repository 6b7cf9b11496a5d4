import type { Locator, Page } from '@playwright/test';
import { expect, test } from './app';

/** A dialog's box lies inside the viewport. */
async function expectInViewport(page: Page, dialog: Locator): Promise<void> {
  const box = await dialog.boundingBox();
  const size = page.viewportSize();
  expect(box && size).toBeTruthy();
  if (!box || !size) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(size.width);
  expect(box.y + box.height).toBeLessThanOrEqual(size.height);
}

for (const [width, height] of [
  [390, 844],
  [1024, 768],
] as const) {
  test.describe(`editor at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('the header fits, the title shows whole, every action is reachable', async ({
      app,
      page,
    }) => {
      await app.home();
      await app.loadExample(/载入示例：青山镇人民政府/);
      const header = page.locator('.editor-top');
      const overflow = await header.evaluate((h) => h.scrollWidth - h.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      // The title is in view and not cut off.
      await expect(app.title).toBeInViewport({ ratio: 1 });
      expect(await app.title.evaluate((t) => t.scrollWidth - t.clientWidth)).toBeLessThanOrEqual(0);
      // Nothing overlaps the title.
      const boxes = await header.evaluate((h) =>
        [...h.querySelectorAll(':scope > *, .editor-actions > *, .more-toggle')]
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.width > 0)
          .map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })),
      );
      const title = await app.title.boundingBox();
      for (const b of boxes) {
        if (!title || (b.x === title.x && b.y === title.y)) continue;
        const apart =
          b.x + b.w <= title.x ||
          b.x >= title.x + title.width ||
          b.y + b.h <= title.y ||
          b.y >= title.y + title.height;
        expect(apart, JSON.stringify(b)).toBe(true);
      }

      await expect(page.getByRole('button', { name: '← 草稿列表' })).toBeInViewport();
      await expect(page.getByRole('button', { name: '导出 Word' })).toBeInViewport();

      await page.getByRole('button', { name: '打印' }).click();
      const preview = page.getByRole('dialog', { name: '打印预览' });
      await expect(preview).toBeVisible();
      await preview.getByRole('button', { name: '返回编辑' }).click();
      await expect(preview).toBeHidden();

      const more = page.getByRole('button', { name: '更多' });
      const open = async () => {
        await more.click();
        await expect(more).toHaveAttribute('aria-expanded', 'true');
      };
      // Escape closes the menu and gives the focus back to 更多.
      await open();
      await page.keyboard.press('Escape');
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      await expect(more).toBeFocused();

      const dialogs: readonly (readonly [string, string, string])[] = [
        ['历史版本', '历史版本', '关闭'],
        ['新建下一年度报告', '新建下一年度报告', '取消'],
        ['Word 字体设置', 'Word 字体设置', '完成'],
      ];
      for (const [item, name, close] of dialogs) {
        await open();
        await page.getByRole('button', { name: item, exact: true }).click();
        await expect(more).toHaveAttribute('aria-expanded', 'false');
        const dialog = page.getByRole('dialog', { name });
        await expect(dialog).toBeVisible();
        await expectInViewport(page, dialog);
        await dialog.getByRole('button', { name: close, exact: true }).click();
        await expect(dialog).toBeHidden();
      }
      for (const item of ['导出 HTML', '导出文本', '下载报告文件']) {
        await open();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          header.getByRole('button', { name: item, exact: true }).click(),
        ]);
        expect(download.suggestedFilename()).toContain('青山镇人民政府2024年');
      }
      await open();
      await page.getByRole('button', { name: '复制 HTML', exact: true }).click();
      await expect(page.locator('.export-message')).toContainText(/剪贴板/);
    });
  });
}

test.describe('editor at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('every action stands in the header, no 更多 needed', async ({ app, page }) => {
    await app.home();
    await app.loadExample(/载入示例：青山镇人民政府/);
    await expect(page.getByRole('button', { name: '更多' })).toBeHidden();
    for (const name of [
      '历史版本',
      '新建下一年度报告',
      '导出 Word',
      '打印',
      '导出 HTML',
      'Word 字体设置',
    ])
      await expect(page.getByRole('button', { name, exact: true }).first()).toBeInViewport();
    const header = page.locator('.editor-top');
    expect(await header.evaluate((h) => h.scrollWidth - h.clientWidth)).toBeLessThanOrEqual(0);
  });
});

test('at 1280×800 the 表三 labels break between words only; the print title breaks after the 机关名称', async ({
  app,
  page,
}) => {
  await app.home();
  await app.loadExample(/载入示例：青山镇人民政府/);
  // Every word of a label (one text node each) lies on one line.
  const broken = await page.locator('table[data-table="t3"]').evaluate((table) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (text.length < 2 || !node.parentElement?.closest('.words')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size > 1) out.push(text);
    }
    return out;
  });
  expect(broken).toEqual([]);
  // The words are there to be checked (a segmenter in this browser).
  await expect(page.locator('table[data-table="t3"] thead .words').first()).toBeVisible();

  await page.getByRole('button', { name: '打印' }).click();
  const title = page.locator('.paper h1 span');
  await expect(title).toHaveText(['青山镇人民政府', '2024年政府信息公开工作年度报告']);
  const lines = await title.evaluateAll((parts) =>
    parts.map((p) => ({ rects: p.getClientRects().length, top: p.getBoundingClientRect().top })),
  );
  // Each part whole on its line; the title is too long for one line, so it breaks between them.
  expect(lines.map((l) => l.rects)).toEqual([1, 1]);
  expect(lines[1]?.top).toBeGreaterThan(lines[0]?.top ?? 0);
});
