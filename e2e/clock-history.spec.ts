import { expect, test } from './app';
import { getRaw } from './raw-db';

const HOURS_BACK = 3;

test('a clock set back 3 h: 历史版本 stays in the order saved, one version per span, the page says so', async ({
  app,
  page,
}) => {
  // The browser's clock, as an office PC with a dead CMOS battery has it: right at first, then
  // set back between two sessions on the draft. Time keeps flowing (no timer is held).
  await page.clock.install();
  await app.home();
  await app.create('东关街道办事处', 2024);
  await app.cell('t3_new_natural').fill('11');
  await app.waitSaved();
  await page.reload(); // each editing session starts a new version
  await app.cell('t3_new_natural').fill('12');
  await app.waitSaved();
  const id = /#\/draft\/([\w-]+)$/.exec(page.url())?.[1] ?? '';
  const before = await getRaw(page, id);

  await page.clock.setSystemTime(Date.now() - HOURS_BACK * 3_600_000);
  await page.reload();
  await expect(app.cell('t3_new_natural')).toHaveValue('12');
  // The draft was saved "later" than now: said before anything is typed.
  await expect(page.locator('.save-status')).toContainText('电脑时钟可能不准');
  // Three saves in one session, minutes apart on no clock: one version, not three.
  const revision = async () => (await getRaw(page, id)).revision as number;
  for (const [i, value] of ['13', '14', '15'].entries()) {
    await app.cell('t3_new_natural').fill(value);
    await expect.poll(revision).toBe((before.revision as number) + i + 1);
  }
  await expect(page.locator('.save-status')).toHaveText(/^已保存.*电脑时钟可能不准/);
  const after = await getRaw(page, id);
  expect(after.savedAt as number).toBeLessThan(before.savedAt as number);

  await page.getByRole('button', { name: '历史版本' }).click();
  const dialog = page.getByRole('dialog', { name: '历史版本' });
  const versions = dialog.getByRole('list', { name: '历史版本列表' }).getByRole('listitem');
  await expect(versions).toHaveCount(3);
  // Newest first by revision: the latest content on top with its change forwards, the first
  // content last as 最早的版本, whatever the times say.
  await expect(versions.nth(0)).toContainText('自然人 12→15');
  await expect(versions.nth(0)).toContainText('时间早于上一个版本：电脑时钟可能不准');
  await expect(versions.nth(1)).toContainText('自然人 11→12');
  await expect(versions.nth(1)).not.toContainText('电脑时钟可能不准');
  await expect(versions.nth(2)).toContainText('最早的版本');
  await expect(dialog.getByText('最早的版本')).toHaveCount(1);

  // A restore under the wrong clock goes on top, and the version it replaced is kept.
  await versions
    .nth(1)
    .getByRole('button', { name: /^恢复第 2 个版本/ })
    .click();
  await expect(app.cell('t3_new_natural')).toHaveValue('12');
  await app.waitSaved();
  await page.reload();
  await expect(app.cell('t3_new_natural')).toHaveValue('12');
  await page.getByRole('button', { name: '历史版本' }).click();
  await expect(versions.nth(0)).toContainText('自然人 15→12');
  await expect(versions.filter({ hasText: '恢复前的版本' })).toContainText('自然人 12→15');
  await expect(versions.last()).toContainText('最早的版本');
});
