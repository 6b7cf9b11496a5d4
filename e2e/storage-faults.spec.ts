import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './app';
import { getRaw, putRaw } from './raw-db';

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

const draftId = (url: string) => /#\/draft\/([\w-]+)$/.exec(url)?.[1] ?? '';

test('damaged records and journal entries of every kind: the good drafts list and open, nothing valid is overwritten', async ({
  app,
  page,
}) => {
  await app.home();
  await app.create('甲镇人民政府', 2024);
  await app.cell('t3_new_natural').fill('6');
  await app.waitSaved();
  const good = draftId(page.url());
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await app.loadExample(/载入示例：李楼镇/);
  const example = draftId(page.url());
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  const record = await getRaw(page, good);
  const report = record.report as Record<string, unknown>;
  const json = JSON.stringify(record);
  const cellsWith = (key: string) =>
    json.replace('"cells":{', `"cells":{"${key}":${key === '__proto__' ? '{"polluted":1}' : '5'},`);

  // Stored records: damaged in each way the issue names, one of newer code, one with a bad place.
  const damagedRecords: [string, unknown][] = [
    ['bad-report-null', { ...record, report: null }],
    ['bad-report-empty', { ...record, report: {} }],
    ['bad-meta-null', { ...record, report: { ...report, meta: null } }],
  ];
  for (const [id, value] of damagedRecords)
    await putRaw(page, 'drafts', { ...(value as object), id });
  for (const [id, key] of [
    ['bad-proto', '__proto__'],
    ['bad-constructor', 'constructor'],
  ] as const) {
    await putRaw(page, 'drafts', undefined, undefined, cellsWith(key).replace(good, id));
  }
  await putRaw(page, 'drafts', { ...record, id: 'future-1', storeVersion: 99 });
  const place = { cell: 'x"]), body *', section: 'requests' };
  await putRaw(page, 'drafts', {
    ...record,
    id: 'bad-place-1',
    ui: place,
    report: { ...report, meta: { ...(report.meta as object), org: '乙镇人民政府' } },
  });

  // Unsaved changes left for the good draft by pages that are gone, damaged in the same ways.
  const entry = (tab: string, value: Record<string, unknown>) => ({
    id: good,
    base: record.revision,
    session: 'gone',
    tab,
    at: Date.now(),
    ui: {},
    report,
    ...value,
  });
  const entries: [string, string][] = [
    ['gone-1', JSON.stringify(entry('gone-1', { report: null }))],
    ['gone-2', JSON.stringify(entry('gone-2', { report: {} }))],
    ['gone-3', JSON.stringify(entry('gone-3', { report: { ...report, meta: null } }))],
    [
      'gone-4',
      JSON.stringify(entry('gone-4', {})).replace('"cells":{', '"cells":{"__proto__":{"x":1},'),
    ],
    [
      'gone-5',
      JSON.stringify(entry('gone-5', {})).replace('"cells":{', '"cells":{"constructor":7,'),
    ],
    // A write cut off: not JSON at all.
    ['gone-7', JSON.stringify(entry('gone-7', {})).slice(0, 60)],
  ];
  await page.evaluate(
    (items) => {
      for (const [key, value] of items) localStorage.setItem(key, value);
    },
    entries.map(([tab, value]): [string, string] => [
      `gongkai-report:journal:${good}:${tab}`,
      value,
    ]),
  );
  // One only in IndexedDB's copy of the journal.
  const idbEntry = entry('gone-6', { report: { kind: 'other' } });
  await putRaw(page, 'journal', idbEntry, `gongkai-report:journal:${good}:gone-6`);
  // Newer code left unsaved changes for the example.
  await page.evaluate(
    ([key, value]) => {
      localStorage.setItem(key, value);
    },
    [
      `gongkai-report:journal:${example}:newer-tab`,
      JSON.stringify({ ...entry('newer-tab', {}), id: example, storeVersion: 99 }),
    ] as const,
  );

  await page.reload();
  const table = page.getByRole('table', { name: '草稿列表' });
  await expect(table.getByRole('row')).toHaveCount(4);
  const damaged = page.getByRole('group', { name: '已损坏的草稿' });
  await expect(damaged.getByRole('listitem')).toHaveCount(12);
  await expect(damaged.getByRole('listitem').filter({ hasText: '已损坏的未保存修改' })).toHaveCount(
    7,
  );
  await expect(damaged).toContainText('已损坏的草稿 bad-repo：文件内容不是年度报告文件');
  await expect(damaged).toContainText('已损坏的草稿 bad-meta：报告文件格式不正确：meta');
  await expect(damaged).toContainText('记录含有不允许的键名“__proto__”');
  await expect(damaged).toContainText('记录含有不允许的键名“constructor”');
  await expect(page.getByRole('group', { name: '新版本保存的草稿' })).toContainText(
    '新版本保存的草稿（1）',
  );

  // The raw value of damaged unsaved changes downloads as it was stored.
  const [raw] = await Promise.all([
    page.waitForEvent('download'),
    damaged
      .getByRole('listitem')
      .filter({ hasText: '已损坏的未保存修改' })
      .first()
      .getByRole('button', { name: '下载原始数据（.json）' })
      .click(),
  ]);
  const downloaded = readFileSync(await raw.path(), 'utf8');
  const asStored = (text: string) => {
    try {
      return JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      return text; // the cut-off write downloads as the text it is
    }
  };
  const stored = [
    ...entries.map(([, value]) => asStored(value)),
    JSON.stringify(idbEntry, null, 2),
  ];
  expect(stored).toContain(downloaded);

  // The good draft opens as it was: no damaged entry was taken in, nothing was saved over it.
  await page.getByRole('button', { name: '打开 甲镇人民政府 2024年' }).click();
  await expect(app.cell('t3_new_natural')).toHaveValue('6');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await getRaw(page, good)).toEqual(record);
  await page.getByRole('button', { name: '← 草稿列表' }).click();

  // A record whose place is not one of the report opens without it, and without an error.
  await page.getByRole('button', { name: '打开 乙镇人民政府 2024年' }).click();
  await expect(app.title).toContainText('乙镇人民政府 2024年');
  await expect(app.cell('t3_new_natural')).toHaveValue('6');
  await page.getByRole('button', { name: '← 草稿列表' }).click();

  await damaged
    .getByRole('button', { name: /^删除 已损坏的未保存修改/ })
    .first()
    .click();
  await page
    .getByRole('dialog', { name: '删除草稿' })
    .getByRole('button', { name: '确认删除' })
    .click();
  await expect(damaged.getByRole('listitem')).toHaveCount(11);
  await page.reload();
  await expect(damaged.getByRole('listitem')).toHaveCount(11);
  expect(await getRaw(page, good)).toEqual(record);

  // Changes newer code left for the example: this page opens it but saves nothing, and says so.
  await page.getByRole('button', { name: '打开 李楼镇 2020年' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '本页的程序较旧' })).toBeVisible();
  await expect(page.locator('.save-status')).toHaveText('未保存：请刷新页面');
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
  // The same example again: another draft of the same 机关 and year, in memory too.
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await app.loadExample(/载入示例：李楼镇/);
  // One click saves all three: the open draft and those left with unsaved changes or kept in
  // memory, each under a name of its own.
  const files: string[] = [];
  page.on('download', (download) => files.push(download.suggestedFilename()));
  await banner.getByRole('button', { name: '下载全部打开的草稿' }).click();
  await expect
    .poll(() => files.sort())
    .toEqual([
      '乙镇人民政府2024年政府信息公开工作年度报告.json',
      expect.stringMatching(/^李楼镇.*2020年政府信息公开工作年度报告\.json$/),
      expect.stringMatching(/^李楼镇.*2020年政府信息公开工作年度报告（2）\.json$/),
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
  // The examples opened in memory were stored too once they could be.
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await expect(page.getByRole('button', { name: '打开 李楼镇 2020年' })).toHaveCount(2);
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
    // Such a browser refuses persistence too: its note would repeat the banner, so it stays away.
    navigator.storage.persist = () => Promise.resolve(false);
    navigator.storage.persisted = () => Promise.resolve(false);
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
  // Long after persistence was asked: one message (the banner), not the banner and the note.
  await expect(page.getByRole('complementary', { name: '数据保存提示' })).toHaveCount(0);
  // Back to the list and into it again: the work is still there.
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  await page.getByRole('button', { name: '打开 李楼镇 2020年' }).click();
  await expect(app.cell('t3_new_natural')).toHaveValue('77');
});
