import type { BrowserContext, Page } from '@playwright/test';
import type { Report } from '../src/core';
import { expect, ReportApp, test } from './app';
import { getRaw, putRaw } from './raw-db';
import { countWrites, idleCounts } from './write-counter';

/** The draft id of the open editor, from the route. */
function draftId(url: string): string {
  const id = /#\/draft\/([\w-]+)$/.exec(url)?.[1];
  if (!id) throw new Error(`not a draft: ${url}`);
  return id;
}

test('two tabs edit different cells of one draft: both are kept, each tab shows both', async ({
  app,
  page,
}) => {
  await app.home();
  await app.create('东城街道办事处', 2024);
  await app.waitSaved();
  const other = await app.anotherTab();
  await expect(other.title).toContainText('东城街道办事处');

  await app.cell('t3_new_natural').fill('3');
  await other.cell('t3_new_business').fill('4');
  await other.page.locator('textarea[name="text.problems"]').fill('第二个标签页写的问题。');
  await app.cell('t3_new_research').fill('5');

  // Each tab takes in the other's cells without a reload, and nothing is lost.
  await expect(app.cell('t3_new_business')).toHaveValue('4');
  await expect(other.cell('t3_new_natural')).toHaveValue('3');
  await expect(other.cell('t3_new_research')).toHaveValue('5');
  await expect(app.cell('t3_new_total')).toHaveValue('12');
  await app.waitSaved();
  await other.waitSaved();

  const fresh = await app.anotherTab();
  await expect(fresh.cell('t3_new_natural')).toHaveValue('3');
  await expect(fresh.cell('t3_new_business')).toHaveValue('4');
  await expect(fresh.cell('t3_new_research')).toHaveValue('5');
  await expect(fresh.page.locator('textarea[name="text.problems"]')).toHaveValue(
    '第二个标签页写的问题。',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a stale tab never writes over a newer save: it is told, and keeps its work as a copy', async ({
  app,
  page,
}) => {
  await app.home();
  await app.create('西城街道办事处', 2024);
  await app.cell('t3_new_natural').fill('1');
  await app.waitSaved();
  const id = draftId(page.url());

  // Another tab (one that does not announce its saves, say an older copy of the page) saved
  // the same cell meanwhile: revision + 1 in the store, behind this tab's back.
  const record = await getRaw(page, id);
  const report = record.report as { cells: Record<string, unknown> };
  report.cells.t3_new_natural = 9;
  await putRaw(page, 'drafts', {
    ...record,
    report,
    revision: (record.revision as number) + 1,
    writer: 'another tab',
  });

  await app.cell('t3_new_natural').fill('2');
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('此草稿已在其他标签页修改');
  await expect(page.locator('.save-status')).not.toHaveText(/^已保存/);

  // The other tab's figure is still what is stored.
  const again = await page.context().newPage();
  await again.goto(page.url());
  await expect(new ReportApp(again).cell('t3_new_natural')).toHaveValue('9');
  await again.close();

  const original = page.url();
  await banner.getByRole('button', { name: '另存为副本' }).click();
  // The copy opens (another draft), its 机关名称 as it was.
  await expect(page).not.toHaveURL(original);
  await expect(app.title).toContainText('西城街道办事处 2024年');
  await expect(app.title).not.toContainText('副本');
  await expect(app.cell('t3_new_natural')).toHaveValue('2');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  const table = page.getByRole('table', { name: '草稿列表' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.locator('.copy-badge')).toHaveCount(1);
  await page.getByRole('button', { name: '打开 西城街道办事处 2024年', exact: true }).click();
  await expect(app.cell('t3_new_natural')).toHaveValue('9');
});

test('历史版本: earlier versions with what changed; restore one, then undo the restore', async ({
  app,
  page,
}) => {
  await app.home();
  await app.create('南城街道办事处', 2024);
  await app.cell('t3_new_natural').fill('5');
  await app.waitSaved();
  await page.reload(); // a new editing session starts a new version
  await app.cell('t3_new_natural').fill('9');
  await page.locator('textarea[name="text.problems"]').fill('新写的问题。');
  await app.waitSaved();

  await page.getByRole('button', { name: '历史版本' }).click();
  const dialog = page.getByRole('dialog', { name: '历史版本' });
  const versions = dialog.getByRole('list', { name: '历史版本列表' }).getByRole('listitem');
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText('自然人 5→9');
  await expect(versions.first()).toContainText('正文');
  await versions
    .last()
    .getByRole('button', { name: /^恢复第 1 个版本/ })
    .click();

  await expect(app.cell('t3_new_natural')).toHaveValue('5');
  await expect(page.locator('textarea[name="text.problems"]')).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: '已恢复到' })).toBeVisible();
  await page.reload();
  await expect(app.cell('t3_new_natural')).toHaveValue('5');

  await page.getByRole('button', { name: '历史版本' }).click();
  await expect(versions.first()).toContainText('恢复');
  await expect(versions.first()).toContainText('自然人 9→5');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await page.reload();
  // The restore is undone from its notice right after it, or from the history any time later.
  await page.getByRole('button', { name: '历史版本' }).click();
  await versions
    .filter({ hasText: '恢复前的版本' })
    .getByRole('button', { name: /^恢复第/ })
    .click();
  await expect(app.cell('t3_new_natural')).toHaveValue('9');
  await expect(page.locator('textarea[name="text.problems"]')).toHaveValue('新写的问题。');
});

test('撤销恢复 right after a restore brings the content back', async ({ app, page }) => {
  await app.home();
  await app.create('北城街道办事处', 2024);
  await app.cell('t3_new_natural').fill('5');
  await app.waitSaved();
  await page.reload();
  await app.cell('t3_new_natural').fill('8');
  await app.waitSaved();
  await page.getByRole('button', { name: '历史版本' }).click();
  const versions = page.getByRole('list', { name: '历史版本列表' }).getByRole('listitem');
  await versions
    .last()
    .getByRole('button', { name: /^恢复第 1 个版本/ })
    .click();
  await expect(app.cell('t3_new_natural')).toHaveValue('5');
  await page.getByRole('button', { name: '撤销恢复' }).click();
  await expect(app.cell('t3_new_natural')).toHaveValue('8');
  await page.reload();
  await expect(app.cell('t3_new_natural')).toHaveValue('8');
});

/**
 * A tab whose save is late, as a tab in the background saves later: while held, its timers of
 * the save delay and longer wait (the browser's setTimeout, not the page's code, is held).
 */
async function holdableSaves(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const held: (() => void)[] = [];
    const real = window.setTimeout.bind(window);
    const hold = window as unknown as { holdSaves: boolean; releaseSaves: () => void };
    hold.holdSaves = false;
    hold.releaseSaves = () => {
      hold.holdSaves = false;
      for (const run of held.splice(0)) run();
    };
    window.setTimeout = ((run: () => void, ms?: number) => {
      if (!hold.holdSaves || (ms ?? 0) < 300) return real(run, ms);
      held.push(run);
      return 0;
    }) as typeof window.setTimeout;
  });
}
const holdSaves = (page: Page, on: boolean) =>
  page.evaluate((hold) => {
    const w = window as unknown as { holdSaves: boolean; releaseSaves: () => void };
    if (hold) w.holdSaves = true;
    else w.releaseSaves();
  }, on);

test('both tabs change the same cell: the tab whose save comes second shows the conflict', async ({
  app,
  page,
  context,
}) => {
  await holdableSaves(context);
  await app.home();
  await app.create('中城街道办事处', 2024);
  await app.waitSaved();
  const other = await app.anotherTab();
  await expect(other.title).toContainText('中城街道办事处');
  const banner = (tab: ReportApp) =>
    tab.page.getByRole('alert').filter({ hasText: '此草稿已在其他标签页修改' });
  const stored = async () =>
    ((await getRaw(page, draftId(page.url()))).report as Report).cells.t3_new_natural;

  // The first tab types first, but the second tab's save lands first: the first tab is told.
  await holdSaves(page, true);
  await app.cell('t3_new_natural').fill('1');
  await other.cell('t3_new_natural').fill('2');
  await other.waitSaved();
  await expect(banner(app)).toBeVisible();
  await holdSaves(page, false);
  await expect(banner(other)).toHaveCount(0);
  expect(await stored()).toBe(2);
  await banner(app).getByRole('button', { name: '载入其他标签页的版本' }).click();
  await expect(app.cell('t3_new_natural')).toHaveValue('2');

  // Now the second tab types first and saves second: it is the one told.
  await holdSaves(other.page, true);
  await other.cell('t3_new_natural').fill('3');
  await app.cell('t3_new_natural').fill('4');
  await app.waitSaved();
  await expect(banner(other)).toBeVisible();
  await holdSaves(other.page, false);
  await expect(banner(app)).toHaveCount(0);
  expect(await stored()).toBe(4);
  await expect(other.cell('t3_new_natural')).toHaveValue('3'); // kept on screen, not saved
});

test('a restore in one tab while another types: every value typed is stored, nothing saves when idle', async ({
  app,
  page,
  context,
}) => {
  await countWrites(context);
  await app.home();
  await app.create('西关街道办事处', 2024);
  await app.cell('t3_new_natural').fill('5');
  await app.waitSaved();
  await page.reload(); // a new editing session starts a new version
  await app.cell('t3_new_natural').fill('9');
  await app.waitSaved();
  const other = await app.anotherTab();
  await expect(other.cell('t3_new_natural')).toHaveValue('9');

  await page.getByRole('button', { name: '历史版本' }).click();
  const versions = page.getByRole('list', { name: '历史版本列表' }).getByRole('listitem');
  await expect(versions).toHaveCount(2);
  // The other tab types while the first restores the first version: its save lands before the
  // restore's or after it (the restore then merges it, or it merges the restore).
  await Promise.all([
    other.cell('t3_new_legal').fill('7'),
    versions
      .last()
      .getByRole('button', { name: /^恢复第 1 个版本/ })
      .click(),
  ]);
  await expect(app.cell('t3_new_natural')).toHaveValue('5');
  await other.cell('t3_new_research').fill('8');
  for (const tab of [app, other]) {
    await expect(tab.cell('t3_new_natural')).toHaveValue('5');
    await expect(tab.cell('t3_new_legal')).toHaveValue('7');
    await expect(tab.cell('t3_new_research')).toHaveValue('8');
    await tab.waitSaved();
    await expect(tab.page.getByRole('alert')).toHaveCount(0);
  }
  const stored = (await getRaw(page, draftId(page.url()))).report as Report;
  expect(stored.cells).toMatchObject({ t3_new_natural: 5, t3_new_legal: 7, t3_new_research: 8 });

  expect(await idleCounts([page, other.page])).toEqual([
    { writes: 0, messages: 0 },
    { writes: 0, messages: 0 },
  ]);
  // The version the restore replaced is kept (pinned), with what it held.
  await page.getByRole('button', { name: '历史版本' }).click();
  const replaced = versions.filter({ hasText: '恢复前的版本' });
  await expect(replaced).toHaveCount(1);
  await replaced.getByRole('button', { name: /^恢复第/ }).click();
  await expect(app.cell('t3_new_natural')).toHaveValue('9');
  await expect(other.cell('t3_new_natural')).toHaveValue('9');
});
