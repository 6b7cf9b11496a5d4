/**
 * `npm run bench:drafts`: the drafts list with many drafts (issue 19: 1,000 drafts listed in
 * ≤ 300 ms, one deleted in ≤ 200 ms), in the built app in Chromium. Drafts are stored as the page
 * stores them (record, index entry, 5 history versions each), then:
 * - the list opened from a draft (← 草稿列表): the click to the last row painted;
 * - the page reloaded on the list: navigation start to the last row painted;
 * - one draft deleted: the click on 确认删除 to its row gone;
 * - the first list after an update from a page without the index (it is built then), and the
 *   next one.
 * Each figure is the median of ROUNDS. Prints one JSON line. BENCH_PORT (default 4303) serves dist.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { preview } from 'vite';
import { REPORT_VERSION } from '../src/core';
import { reportFixture } from '../src/testing/fixtures';
import { FIRST_ROWS } from '../src/ui/drafts/drafts-filter';
import { STORE_VERSION } from '../src/workspace/storage/versions/store-versions';
import { OFFLINE_ARGS, systemChromium } from './system-chromium';

const DRAFTS = Number(process.env.BENCH_DRAFTS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4303);

if (!existsSync('dist/index.html')) execSync('npx vite build', { stdio: 'inherit' });

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0);
};

/** Store `count` drafts straight into the page's database, as the page itself stores them. */
async function seed(page: Page, count: number, indexed: boolean): Promise<void> {
  const report = reportFixture('example-2021');
  await page.evaluate(
    async ({ report, count, indexed, versions }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('gongkai-report');
        open.onsuccess = () => {
          resolve(open.result);
        };
        open.onerror = () => {
          reject(new Error(String(open.error)));
        };
      });
      const tx = db.transaction(['drafts', 'state', 'history'], 'readwrite');
      for (let i = 0; i < count; i++) {
        const id = `bench-${String(i).padStart(5, '0')}`;
        const org = `第${String(i)}镇人民政府`;
        const year = 2015 + (i % 10);
        const savedAt = Date.now() - i * 60_000;
        const draftReport = { ...report, meta: { ...report.meta, org, year } };
        tx.objectStore('drafts').put({
          id,
          report: draftReport,
          savedAt,
          ui: {},
          errors: i % 3,
          warnings: i % 5,
          revision: 5,
          ...versions,
        });
        for (let r = 1; r <= 5; r++) {
          tx.objectStore('history').add({
            draftId: id,
            savedAt: savedAt - (5 - r) * 120_000,
            report: draftReport,
            revision: r,
            session: 'bench',
            ...versions,
          });
        }
        if (indexed) {
          tx.objectStore('state').put(
            {
              id,
              org,
              year,
              template: report.template,
              savedAt,
              errors: i % 3,
              warnings: i % 5,
              revision: 5,
              ...versions,
            },
            `index:${id}`,
          );
        }
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => {
          resolve();
        };
        tx.onerror = () => {
          reject(new Error(String(tx.error)));
        };
      });
      db.close();
    },
    {
      report,
      count,
      indexed,
      versions: { storeVersion: STORE_VERSION, reportVersion: REPORT_VERSION },
    },
  );
}

/**
 * Resolves with performance.now() once the list shows `total` drafts (its count says so and its
 * first rows are in the table), painted. `all`: every row is in the table (after 显示全部).
 */
function listPainted(page: Page, total: number, all = false): Promise<number> {
  return page.evaluate(
    ({ total, rows }) =>
      new Promise<number>((resolve) => {
        // Checked each frame: the first frame in which the list is complete has painted it.
        const frame = () => {
          const count = document.querySelectorAll('table.drafts-table tbody tr').length;
          const said = document.querySelector('.drafts-search [role="status"]')?.textContent;
          if (count === rows && said === `共 ${String(total)} 份草稿`) {
            setTimeout(() => {
              resolve(performance.now());
            }, 0);
            return;
          }
          requestAnimationFrame(frame);
        };
        frame();
      }),
    { total, rows: all ? total : Math.min(total, FIRST_ROWS) },
  );
}

/** The time of the next click on the page (its own clock). */
function nextClick(page: Page): Promise<void> {
  return page.evaluate(() => {
    document.addEventListener(
      'click',
      () => {
        (window as unknown as { clickedAt: number }).clickedAt = performance.now();
      },
      { capture: true, once: true },
    );
  });
}

/** The page's main-thread CPU time so far (ms): what it worked, whatever else the machine ran. */
async function taskTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
}

const clickedAt = (page: Page) =>
  page.evaluate(() => (window as unknown as { clickedAt: number }).clickedAt);

interface Figure {
  readonly wall: number;
  readonly cpu: number;
}

async function fromDraft(page: Page, cdp: CDPSession, rows: number): Promise<Figure> {
  await page.goto('/#/draft/bench-00000');
  await page.locator('input[data-cell="t3_new_natural"]').waitFor();
  await nextClick(page);
  const before = await taskTime(cdp);
  const painted = listPainted(page, rows);
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  const wall = (await painted) - (await clickedAt(page));
  return { wall, cpu: (await taskTime(cdp)) - before };
}

async function reload(page: Page, cdp: CDPSession, rows: number): Promise<Figure> {
  await page.goto('/#/');
  const before = await taskTime(cdp);
  await page.reload();
  const wall = await listPainted(page, rows);
  const after = await taskTime(cdp);
  // A reload may start the page's thread afresh (its CPU time from zero).
  return { wall, cpu: after >= before ? after - before : after };
}

/** The list as a page load shows it (its first rows). */
async function freshList(page: Page, rows: number): Promise<void> {
  await page.goto('/#/');
  await page.reload();
  await listPainted(page, rows);
}

/** 显示全部: the click to every row painted. */
async function showAll(page: Page, cdp: CDPSession, rows: number): Promise<Figure> {
  await freshList(page, rows);
  await nextClick(page);
  const before = await taskTime(cdp);
  const painted = listPainted(page, rows, true);
  await page.getByRole('button', { name: `显示全部 ${String(rows)} 份` }).click();
  const wall = (await painted) - (await clickedAt(page));
  return { wall, cpu: (await taskTime(cdp)) - before };
}

async function deleteOne(
  page: Page,
  cdp: CDPSession,
  rows: number,
  round: number,
): Promise<Figure> {
  await freshList(page, rows);
  const name = `第${String(round * 7 + 3)}镇人民政府`;
  await page.getByRole('button', { name: new RegExp(`^删除 ${name} `) }).click();
  await nextClick(page);
  const before = await taskTime(cdp);
  const gone = listPainted(page, rows - 1);
  await page
    .getByRole('dialog', { name: '删除草稿' })
    .getByRole('button', { name: '确认删除' })
    .click();
  const wall = (await gone) - (await clickedAt(page));
  return { wall, cpu: (await taskTime(cdp)) - before };
}

const summary = (figures: readonly Figure[]) => ({
  wallMs: median(figures.map((f) => f.wall)),
  cpuMs: median(figures.map((f) => f.cpu)),
});

async function main() {
  const server = await preview({
    build: { outDir: 'dist' },
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
    configFile: false,
  });
  const executablePath = systemChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: OFFLINE_ARGS,
  });
  try {
    const context = await browser.newContext({
      baseURL: `http://127.0.0.1:${String(PORT)}`,
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    // tsx keeps function names with a helper (__name) that functions sent to the page call.
    await context.addInitScript('globalThis.__name = (target) => target;');
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto('/#/');
    await page.getByRole('heading', { name: '我的草稿' }).waitFor();

    // The first list after an update from a page without the index: each draft is read once.
    await seed(page, DRAFTS, false);
    const unindexed = await reload(page, cdp, DRAFTS);
    const afterIndexing = await reload(page, cdp, DRAFTS);

    const list: Figure[] = [];
    const loads: Figure[] = [];
    const deletes: Figure[] = [];
    const everyRow: Figure[] = [];
    let rows = DRAFTS;
    for (let round = 0; round < ROUNDS; round++) {
      list.push(await fromDraft(page, cdp, rows));
      loads.push(await reload(page, cdp, rows));
      everyRow.push(await showAll(page, cdp, rows));
      deletes.push(await deleteOne(page, cdp, rows, round));
      rows--;
    }
    const round = (f: Figure) => ({ wall: Math.round(f.wall), cpu: Math.round(f.cpu) });
    console.log(
      JSON.stringify({
        drafts: DRAFTS,
        rounds: ROUNDS,
        listFromDraft: summary(list),
        reloadToList: summary(loads),
        deleteOne: summary(deletes),
        showAllRows: summary(everyRow),
        firstListWithoutIndex: round(unindexed),
        nextList: round(afterIndexing),
        samples: {
          list: list.map(round),
          loads: loads.map(round),
          deletes: deletes.map(round),
          everyRow: everyRow.map(round),
        },
        load: loadavg().map((l) => Math.round(l * 100) / 100),
      }),
    );
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => {
      server.httpServer.close(() => {
        resolve();
      });
    });
  }
}

await main();
