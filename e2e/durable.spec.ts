import { expect, ReportApp, test } from './app';
import { launchProfile, newProfileDir, spawnProfile } from './profile';

test('a value typed and the page reloaded at once is kept, every time', async ({ baseURL }) => {
  const profile = newProfileDir();
  const context = await launchProfile(profile.dir, baseURL ?? '');
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const app = new ReportApp(page);
    await app.home();
    await app.create('河西镇人民政府', 2024);
    for (const value of ['3', '17', '250', '4', '9']) {
      await app.cell('t3_new_natural').fill(value);
      await page.reload();
      await expect(app.cell('t3_new_natural')).toHaveValue(value);
    }
    // Typed into another cell and the text, then reloaded before anything could be stored.
    await app.cell('t3_new_business').fill('6');
    await page.locator('textarea[name="text.other"]').fill('无其他需要报告的事项。');
    await page.reload();
    await expect(app.cell('t3_new_business')).toHaveValue('6');
    await expect(page.locator('textarea[name="text.other"]')).toHaveValue('无其他需要报告的事项。');
    await expect(page.getByRole('table', { name: '草稿列表' })).toHaveCount(0);
  } finally {
    await context.close();
    profile.remove();
  }
});

test('the browser killed right after a keystroke keeps that keystroke', async ({ baseURL }) => {
  const profile = newProfileDir();
  try {
    const first = await spawnProfile(profile.dir);
    const page = first.context.pages()[0] ?? (await first.context.newPage());
    await page.goto(`${baseURL ?? ''}/#/`);
    const app = new ReportApp(page);
    await app.create('河北镇人民政府', 2024);
    await app.waitSaved();
    await app.cell('t3_new_natural').focus();
    const typed = Date.now();
    await page.keyboard.type('42');
    // The kill follows as soon as the page has the keystroke on disk (its single journal write,
    // milliseconds, not the save after it): a kill before that cannot be survived by any page.
    await expect(page.locator('.save-status[data-durable="true"]')).toBeAttached();
    test
      .info()
      .annotations.push({ type: 'keystroke to disk', description: `${Date.now() - typed} ms` });
    await first.kill();

    const again = await launchProfile(profile.dir, baseURL ?? '');
    try {
      const reopened = again.pages()[0] ?? (await again.newPage());
      await reopened.goto('/');
      const back = new ReportApp(reopened);
      await expect(back.title).toContainText('河北镇人民政府 2024年');
      await expect(back.cell('t3_new_natural')).toHaveValue('42');
    } finally {
      await again.close();
    }
  } finally {
    profile.remove();
  }
});
