/**
 * `npm run bench:path`: the clerk's north-star path, counted in keystrokes and clicks.
 *
 * Last year's report (the 2021 example, 2024) is already a draft. This year's figures are on paper:
 * the example's figures with 上年结转 = last year's 结转下年度 (and 新收 raised where that keeps the
 * balance). Two ways to the exported Word file are driven in the built app:
 *  - "new + link": 新建报告 (机关名称, 年度, 机关类型), 关联上年报告, fill every table cell, export;
 *  - "roll forward": 新建下一年度报告 on last year's draft, fill what is not carried, export.
 * Both fill a cell by typing its digits and Tab (a cell that already holds the right figure costs
 * only the Tab; a third run leaves zero cells blank and clicks 空白填0 once per table), insert the generated standard sentences (one click), type the 成文日期 and click
 * 导出 Word (and 导出草稿 when the dialog asks). The narrative is not counted. Prints one JSON line.
 * BENCH_PORT (default 4191) serves dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { OFFLINE_ARGS, systemChromium } from './system-chromium';

const PORT = Number(process.env.BENCH_PORT ?? 4191);
if (!existsSync('dist/index.html')) execSync('npx vite build', { stdio: 'inherit' });

interface ReportFile {
  meta: { org: string; year: number };
  cells: Record<string, number | null>;
}
const lastYear = JSON.parse(
  readFileSync(new URL('../src/fixtures/reports/example-2021.json', import.meta.url), 'utf8'),
) as ReportFile;

/** This year's figures: last year's, carried over from last year's 结转下年度 and balanced. */
function thisYear(): Record<string, number> {
  const cells: Record<string, number> = {};
  for (const [id, v] of Object.entries(lastYear.cells)) cells[id] = v ?? 0;
  for (const id of Object.keys(cells).filter((k) => k.startsWith('t3_carried_'))) {
    const column = id.slice('t3_carried_'.length);
    const carried = cells[`t3_carry_next_${column}`] ?? 0;
    const delta = (cells[id] ?? 0) - carried;
    cells[id] = carried;
    if (delta > 0) cells[`t3_new_${column}`] = (cells[`t3_new_${column}`] ?? 0) + delta;
    else cells[`t3_carry_next_${column}`] = carried - delta;
  }
  return cells;
}

class Counter {
  keys = 0;
  clicks = 0;
  constructor(readonly page: Page) {}
  async click(locator: ReturnType<Page['locator']>): Promise<void> {
    this.clicks++;
    await locator.click();
  }
  async type(text: string): Promise<void> {
    this.keys += Array.from(text).length;
    await this.page.keyboard.type(text);
  }
  async press(key: string): Promise<void> {
    this.keys++;
    await this.page.keyboard.press(key);
  }
}

async function fill(c: Counter, figures: Record<string, number>, zeros: boolean): Promise<void> {
  for (const [index, table] of ['t2', 't3', 't4'].entries()) {
    const inputs = c.page.locator(`table[data-table="${table}"] input[data-cell]:not([readonly])`);
    const ids = await inputs.evaluateAll((all) =>
      all.map((i) => (i as HTMLInputElement).dataset.cell ?? ''),
    );
    await c.click(c.page.locator(`input[data-cell="${ids[0]}"]`));
    for (const id of ids) {
      const input = c.page.locator(`input[data-cell="${id}"]`);
      const want = String(figures[id] ?? 0);
      const shown = await input.inputValue();
      if (zeros && want === '0' && shown === '') {
        // left blank: 空白填0 fills it below
      } else if (shown !== want) {
        await input.press('Control+A');
        await c.type(want);
      }
      await c.press('Tab');
    }
    if (zeros) await c.click(c.page.locator('.table-tools').nth(index).getByText('空白填0'));
  }
}

async function finish(c: Counter): Promise<string> {
  const { page } = c;
  await c.click(page.getByRole('button', { name: '插入按表格生成的标准表述' }));
  await c.click(page.getByLabel('成文日期（可选）'));
  await c.type('2026-01-20');
  const download = page.waitForEvent('download');
  await c.click(page.getByRole('button', { name: '导出 Word', exact: true }));
  const dialog = page.getByRole('dialog');
  const draft = dialog.getByRole('button', { name: /^导出草稿/ });
  const final = dialog.getByRole('button', { name: /^导出正式稿/ });
  await Promise.race([download, draft.waitFor(), final.waitFor()]);
  if (await final.isVisible()) await c.click(final);
  else if (await draft.isVisible()) await c.click(draft);
  return (await download).suggestedFilename();
}

async function errors(page: Page): Promise<string> {
  return (await page.locator('.checks-body h2').first().textContent()) ?? '';
}

type Way = 'new + link' | 'roll forward' | 'roll forward, zeros by 空白填0';

async function run(way: Way) {
  const browser = await chromium.launch({ executablePath: systemChromium(), args: OFFLINE_ARGS });
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true })
  ).newPage();
  await page.goto(`http://127.0.0.1:${PORT}/#/`);
  await page.getByRole('button', { name: /载入示例：青山镇人民政府/ }).click();
  await page.locator('input[data-cell="t3_new_natural"]').waitFor();
  await page.getByRole('button', { name: '← 草稿列表' }).click();
  const c = new Counter(page);
  const started = Date.now();
  const figures = thisYear();
  if (way === 'new + link') {
    const form = page.getByRole('form', { name: '新建报告' });
    await c.click(form.getByLabel('机关名称'));
    await c.type(lastYear.meta.org);
    await c.click(form.getByLabel('报告年度'));
    await c.press('Control+A'); // the field offers a year already
    await c.type(String(lastYear.meta.year + 1));
    c.clicks += 2; // open the 机关类型 list and choose 乡镇/街道
    await form.getByLabel('机关类型').selectOption({ label: '乡镇/街道' });
    await form.getByLabel('报告年度').focus(); // the year field is where the clerk typed last
    await c.press('Enter');
    await page.locator('input[data-cell="t3_new_natural"]').waitFor();
    await c.click(page.getByRole('button', { name: '关联上年报告' }));
    await c.click(
      page.getByRole('dialog', { name: '关联上年报告' }).getByRole('button', { name: /2024年/ }),
    );
    await page.getByText('已关联上年报告：').waitFor();
  } else {
    await c.click(
      page
        .getByRole('table', { name: '草稿列表' })
        .getByRole('button', { name: '新建下一年度报告' })
        .first(),
    );
    await c.click(
      page
        .getByRole('dialog', { name: '新建下一年度报告' })
        .getByRole('button', { name: `新建 ${lastYear.meta.year + 1} 年度报告` }),
    );
    await page.locator('input[data-cell="t3_new_natural"]').waitFor();
  }
  await fill(c, figures, way.endsWith('空白填0'));
  const errorsBeforeExport = await errors(page);
  const file = await finish(c);
  const result = {
    way,
    keystrokes: c.keys,
    clicks: c.clicks,
    ms: Date.now() - started,
    errors: errorsBeforeExport,
    file,
  };
  await browser.close();
  return result;
}

const server = await preview({
  build: { outDir: 'dist' },
  preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  configFile: false,
});
try {
  const results = [];
  for (const way of ['new + link', 'roll forward', 'roll forward, zeros by 空白填0'] as const)
    results.push(await run(way));
  console.log(JSON.stringify(results));
} finally {
  await new Promise<void>((done) =>
    server.httpServer.close(() => {
      done();
    }),
  );
}
