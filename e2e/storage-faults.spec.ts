import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './app';
import { putRaw } from './raw-db';

test('a damaged record is listed apart; the other drafts open; the last-open pointer does not trap', async ({
  app,
  page,
}) => {
  await app.home();
  await app.create('甲镇人民政府', 2024);
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await app.loadExample(/载入示例：李楼镇/);
  await page.getByRole('button', { name: '← 草稿列表' }).click();

  const bad = { id: 'broken-draft-1', report: { kind: 'something else', cells: 5 }, savedAt: 1 };
  await putRaw(page, 'drafts', bad);
  await putRaw(page, 'state', 'broken-draft-1', 'lastOpen');

  // Coming back opens the last draft: it is the damaged one, so say so and offer the way out.
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('这份草稿已损坏');
  await page.getByRole('button', { name: '返回草稿列表' }).click();

  const table = page.getByRole('table', { name: '草稿列表' });
  await expect(table.getByRole('row')).toHaveCount(3);
  const damaged = page.getByRole('group', { name: '已损坏的草稿' });
  await expect(damaged).toContainText('已损坏的草稿 broken-d');
  await expect(damaged).toContainText('这不是政府信息公开工作年度报告文件');
  const [raw] = await Promise.all([
    page.waitForEvent('download'),
    damaged.getByRole('button', { name: '下载原始数据（.json）' }).click(),
  ]);
  expect(JSON.parse(readFileSync(await raw.path(), 'utf8'))).toEqual(bad);

  // The pointer no longer leads to the damaged record.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '我的草稿' })).toBeVisible();
  await page.getByRole('button', { name: '打开 李楼镇 2020年' }).click();
  await expect(app.title).toContainText('李楼镇 2020年');
  await page.getByRole('button', { name: '← 草稿列表' }).click();

  await damaged.getByRole('button', { name: '删除 已损坏的草稿 broken-d' }).click();
  await page
    .getByRole('dialog', { name: '删除草稿' })
    .getByRole('button', { name: '确认删除' })
    .click();
  await expect(damaged).toHaveCount(0);
  await expect(table.getByRole('row')).toHaveCount(3);
});

/**
 * Storage full. localStorage is filled for real up to the browser's limit. IndexedDB's quota
 * cannot be lowered here: Chromium 156 reports a CDP Storage.overrideQuotaForOrigin as active
 * yet still commits writes past it, so its writes are made to fail the way a full quota does
 * (QuotaExceededError), at the browser API, once the test says so.
 */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { storageFull: boolean }).storageFull = true;
    const block = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`filler-${i}`, block);
      } catch {
        break; // the browser's real limit
      }
    }
  });
}

test('storage full: a banner, the work stays in the page, every open draft downloads', async ({
  app,
  page,
}) => {
  await page.addInitScript(() => {
    const full = () => (window as unknown as { storageFull?: boolean }).storageFull === true;
    for (const method of ['put', 'add'] as const) {
      const original = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, method)?.value as (
        this: IDBObjectStore,
        ...args: [unknown, IDBValidKey?]
      ) => IDBRequest;
      Object.defineProperty(IDBObjectStore.prototype, method, {
        value: function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
          if (full()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        },
      });
    }
  });
  await app.home();
  await app.create('乙镇人民政府', 2024);
  await app.waitSaved();

  await fillStorage(page);
  await app.cell('t3_new_natural').fill('12');
  await page.locator('textarea[name="text.problems"]').fill('存储已满时写的内容。');

  const banner = page.getByRole('alert').filter({ hasText: '浏览器存储空间已满' });
  await expect(banner).toBeVisible();
  await expect(page.locator('.save-status')).toContainText('未保存');
  await expect(app.cell('t3_new_total')).toHaveValue('12');

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: '下载全部打开的草稿' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('乙镇人民政府2024年政府信息公开工作年度报告.json');
  const saved = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
    cells: Record<string, unknown>;
    text: Record<string, unknown>;
  };
  expect(saved.cells.t3_new_natural).toBe(12);
  expect(saved.text.problems).toBe('存储已满时写的内容。');

  // A new draft cannot be stored: it opens in the page's memory, and the banner stays.
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await app.loadExample(/载入示例：李楼镇/);
  await expect(app.title).toContainText('李楼镇 2020年');
  await expect(banner).toBeVisible();
  // One click saves both: the open draft and the one left with unsaved changes.
  const files: string[] = [];
  page.on('download', (download) => files.push(download.suggestedFilename()));
  await banner.getByRole('button', { name: '下载全部打开的草稿' }).click();
  await expect
    .poll(() => files.sort())
    .toEqual([
      '乙镇人民政府2024年政府信息公开工作年度报告.json',
      expect.stringMatching(/^李楼镇.*2020年政府信息公开工作年度报告\.json$/),
    ]);
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  // Copying cannot open anything: it says it cannot save.
  await page.getByRole('button', { name: '复制 乙镇人民政府 2024年' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '无法复制草稿' })).toContainText(
    '存储空间已满',
  );

  // Space again: the next change saves, the banner goes, and nothing typed was lost.
  await page.evaluate(() => {
    (window as unknown as { storageFull: boolean }).storageFull = false;
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('filler-')) localStorage.removeItem(key);
    }
  });
  await page.getByRole('button', { name: '打开 乙镇人民政府 2024年' }).click();
  await expect(app.cell('t3_new_natural')).toHaveValue('12');
  await app.cell('t3_new_business').fill('1');
  await app.waitSaved();
  await expect(banner).toHaveCount(0);
  await page.reload();
  await expect(app.cell('t3_new_natural')).toHaveValue('12');
  await expect(page.locator('textarea[name="text.problems"]')).toHaveValue('存储已满时写的内容。');
  // The example opened in memory was stored too once it could be.
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await expect(page.getByRole('button', { name: '打开 李楼镇 2020年' })).toBeVisible();
});

test('no storage at all (site data blocked): the page says so and works in memory', async ({
  app,
  page,
}) => {
  // As a browser that blocks site data answers (the same errors Chromium gives).
  await page.addInitScript(() => {
    Object.defineProperty(IDBFactory.prototype, 'open', {
      value: () => {
        throw new DOMException(
          'The user denied permission to access the database.',
          'UnknownError',
        );
      },
    });
    Object.defineProperty(window, 'localStorage', {
      get: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '我的草稿' })).toBeVisible();
  await expect(page.getByText('无法读取草稿：浏览器不允许本页保存数据')).toBeVisible();
  const banner = page.getByRole('alert').filter({ hasText: '浏览器不允许本页保存数据' });
  await expect(banner).toBeVisible();

  // An example opens in memory; typing works and is checked; the download has it.
  await app.loadExample(/载入示例：李楼镇/);
  await app.cell('t3_new_natural').fill('77');
  await expect(page.locator('.save-status')).toContainText('未保存');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: '下载全部打开的草稿' }).click(),
  ]);
  const saved = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
    cells: Record<string, unknown>;
  };
  expect(saved.cells.t3_new_natural).toBe(77);
  // Back to the list and into it again: the work is still there.
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await page.getByRole('button', { name: '打开 李楼镇 2020年' }).click();
  await expect(app.cell('t3_new_natural')).toHaveValue('77');
});
