import { expect, ReportApp, test } from './app';
import { getRaw, putRaw } from './raw-db';

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
