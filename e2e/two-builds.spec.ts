/**
 * An update deployed while a tab is open (issue 19): two builds of the page served one after the
 * other on the same origin under a persistent profile — this build, then the same code one
 * version ahead (vite.config.ts nextBuild: a report file migration that marks the 机关名称, and a
 * store migration). Built once for the spec, into dist-next.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { MIGRATED_MARK } from './next-build/report-migrations';
import { expect, ReportApp, test } from './app';
import { launchProfile, newProfileDir } from './profile';
import { getRaw } from './raw-db';
import { startStaticServer, type StaticServer } from './static-server';
import { countWrites, idleCounts } from './write-counter';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const OLD = root('dist');
const NEXT = root('dist-next');
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1;

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  test.setTimeout(240_000);
  // The next build once per run (not per test); reused while it is newer than dist.
  const fresh =
    existsSync(`${NEXT}/index.html`) &&
    statSync(`${NEXT}/index.html`).mtimeMs >= statSync(`${OLD}/index.html`).mtimeMs;
  if (fresh) return;
  execFileSync('npx', ['vite', 'build', '--outDir', 'dist-next', '--emptyOutDir'], {
    cwd: root(''),
    env: { ...process.env, GONGKAI_NEXT_BUILD: '1' },
    stdio: 'ignore',
  });
});

/** Fail the test on any console error of the pages it opens itself. */
function guard(page: Page, errors: string[]): Page {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

function draftId(page: Page): string {
  const id = /#\/draft\/([\w-]+)$/.exec(page.url())?.[1];
  if (!id) throw new Error(`not a draft: ${page.url()}`);
  return id;
}

async function withProfile(
  serviceWorkers: 'allow' | 'block',
  run: (context: BrowserContext, server: StaticServer, errors: string[]) => Promise<void>,
) {
  const profile = newProfileDir();
  const server = await startStaticServer(PORT, OLD);
  const context = await launchProfile(profile.dir, server.url, { serviceWorkers });
  const errors: string[] = [];
  try {
    await countWrites(context);
    await run(context, server, errors);
    expect(errors, 'console errors').toEqual([]);
  } finally {
    await context.close();
    await server.close();
    profile.remove();
  }
}

const ORG = '甲镇人民政府';

test('no service worker: the old tab stops saving and says to reload; every value typed is kept, migrated once', async () => {
  test.setTimeout(120_000);
  await withProfile('block', async (context, server, errors) => {
    const old = new ReportApp(guard(await context.newPage(), errors));
    await old.home();
    await old.create(ORG, 2024);
    await old.cell('t3_new_natural').fill('1');
    await old.waitSaved();
    const id = draftId(old.page);

    server.serve(NEXT); // deployed while the tab is open
    const next = new ReportApp(guard(await context.newPage(), errors));
    await next.page.goto(old.page.url());
    await expect(next.title).toContainText(`${ORG}${MIGRATED_MARK} 2024年`);

    // Typing in both: the old tab's save (its older shape) is migrated once by the new one.
    await old.cell('t3_new_business').fill('2');
    await old.waitSaved();
    await expect(next.cell('t3_new_business')).toHaveValue('2');
    await next.cell('t3_new_research').fill('3');
    await next.waitSaved();

    // The new tab saved in its newer shape: the old one stops saving, and says so.
    const banner = old.page.getByRole('alert').filter({ hasText: '本页的程序较旧' });
    await expect(banner).toBeVisible();
    // No service worker here: nothing is said about a new version waiting.
    for (const app of [old, next]) {
      await expect(app.page.getByText('新版本已就绪')).toHaveCount(0);
    }
    await old.cell('t3_new_legal').fill('4');
    await expect(old.page.locator('.save-status')).toHaveText('未保存：请刷新页面');
    await next.cell('t3_new_other').fill('5');
    await next.waitSaved();

    expect(await idleCounts([old.page, next.page])).toEqual([
      { writes: 0, messages: 0 },
      { writes: 0, messages: 0 },
    ]);
    const stored = await getRaw(next.page, id);
    expect(stored.reportVersion).toBe(2);
    expect((stored.report as { cells: Record<string, unknown> }).cells.t3_new_legal).toBeNull();

    // 刷新页面: the new code takes the old tab's unsaved edit in, as another tab's.
    await banner.getByRole('button', { name: '刷新页面' }).click();
    await expect(old.title).toContainText(`${ORG}${MIGRATED_MARK} 2024年`);
    await expect(old.cell('t3_new_legal')).toHaveValue('4');
    await expect(next.cell('t3_new_legal')).toHaveValue('4');
    await expect(old.page.getByRole('alert')).toHaveCount(0);
    for (const app of [old, next]) {
      for (const [cell, value] of [
        ['t3_new_natural', '1'],
        ['t3_new_business', '2'],
        ['t3_new_research', '3'],
        ['t3_new_legal', '4'],
        ['t3_new_other', '5'],
      ] as const) {
        await expect(app.cell(cell)).toHaveValue(value);
      }
    }
    const merged = await getRaw(next.page, id);
    const report = merged.report as { meta: { org: string }; cells: Record<string, unknown> };
    expect(report.meta.org).toBe(`${ORG}${MIGRATED_MARK}`); // the migration ran once
    expect(report.cells).toMatchObject({
      t3_new_natural: 1,
      t3_new_business: 2,
      t3_new_research: 3,
      t3_new_legal: 4,
      t3_new_other: 5,
    });
    expect(await idleCounts([old.page, next.page])).toEqual([
      { writes: 0, messages: 0 },
      { writes: 0, messages: 0 },
    ]);
  });
});

/** Marks the page as loaded before now: gone once it reloads. */
const mark = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { loadedBefore: boolean }).loadedBefore = true;
  });
const reloaded = (page: Page) =>
  page.evaluate(() => !(window as unknown as { loadedBefore?: boolean }).loadedBefore);
const busyLocks = (page: Page) =>
  page.evaluate(async () =>
    ((await navigator.locks.query()).held ?? []).filter((l) => l.name === 'gongkai-report:busy'),
  );

test('service worker: a new version waits while a tab is busy, then every tab switches together', async () => {
  test.setTimeout(150_000);
  await withProfile('allow', async (context, server, errors) => {
    const first = new ReportApp(guard(await context.newPage(), errors));
    await first.home();
    await first.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await first.create(ORG, 2024);
    await first.cell('t3_new_natural').fill('1');
    await first.waitSaved();
    const id = draftId(first.page);

    server.serve(NEXT);
    // A tab opened now still gets the version its service worker holds; the new one installs.
    const second = new ReportApp(guard(await context.newPage(), errors));
    await second.page.goto(first.page.url());
    await expect(second.title).toContainText(`${ORG} 2024年`);
    await expect(second.title).not.toContainText(MIGRATED_MARK);
    for (const app of [first, second]) {
      await expect(app.page.getByRole('status').filter({ hasText: '新版本已就绪' })).toBeVisible();
      await mark(app.page);
    }

    // A dialog open in one tab, typing in the other: nothing switches meanwhile.
    await second.page.getByRole('button', { name: '历史版本' }).click();
    await expect(second.page.getByRole('dialog', { name: '历史版本' })).toBeVisible();
    await first.cell('t3_new_business').fill('2');
    await first.waitSaved();
    expect(await busyLocks(first.page)).toContainEqual(expect.objectContaining({ mode: 'shared' }));
    await expect(second.cell('t3_new_business')).toHaveValue('2');
    expect([await reloaded(first.page), await reloaded(second.page)]).toEqual([false, false]);

    // The dialog closes; once no tab is busy, both load the new version (the draft migrated once).
    await second.page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
    for (const app of [first, second]) {
      await expect(app.title).toContainText(`${ORG}${MIGRATED_MARK} 2024年`, { timeout: 45_000 });
      expect(await reloaded(app.page)).toBe(true);
      await expect(app.page.getByRole('status').filter({ hasText: '新版本已就绪' })).toHaveCount(0);
    }
    await first.cell('t3_new_research').fill('3');
    await second.cell('t3_new_legal').fill('4');
    await first.waitSaved();
    await second.waitSaved();
    await expect(first.cell('t3_new_legal')).toHaveValue('4');
    await expect(second.cell('t3_new_research')).toHaveValue('3');
    expect(await idleCounts([first.page, second.page])).toEqual([
      { writes: 0, messages: 0 },
      { writes: 0, messages: 0 },
    ]);
    const report = (await getRaw(first.page, id)).report as {
      meta: { org: string };
      cells: Record<string, unknown>;
    };
    expect(report.meta.org).toBe(`${ORG}${MIGRATED_MARK}`);
    expect(report.cells).toMatchObject({
      t3_new_natural: 1,
      t3_new_business: 2,
      t3_new_research: 3,
      t3_new_legal: 4,
    });
  });
});
