/**
 * `npm run bench:path`: the clerk's whole path to a final Word file, counted in keystrokes, typed
 * characters and clicks, with the findings left at the end.
 *
 * Last year's report (the 2021 example, 2024) is already a draft. This year's figures are on paper:
 * the example's figures with 上年结转 = last year's 结转下年度 (and 新收 raised where that keeps the
 * balance). Four ways are driven in the built app:
 *  - "new + link": 新建报告 (机关名称, 年度, 机关类型), 关联上年报告, fill every table cell;
 *  - "roll forward": 新建下一年度报告 on last year's draft, fill what is not carried;
 *  - "roll forward, zeros by 空白填0": the same, leaving zero cells blank, 空白填0 once per table;
 *  - "roll forward, non-zero cells only": click each cell whose figure is not 0 (or differs from
 *    what is shown) and type it — no Tab walk — then 空白填0 once per table.
 * Cells are filled by typing the digits (Tab between cells in the first three ways). Then the
 * same finish for all: insert the standard sentences into 一 (one click), write 五 (上年度问题整改
 * and this year's problems, via the two sub-heading buttons and one typed paragraph) and 六 (the
 * fee statement), type the 成文日期, explain (情况属实，填写说明) each warning still open, and
 * click 导出 Word: the path ends only with a final file (no （草稿）), or says why not.
 * Keystrokes are key presses (digits, Tab, a shortcut as one); Chinese text is counted apart in
 * characters (an input method needs a few keys per character). Prints one JSON line.
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
  /** Chinese characters typed into the narrative (entered through an input method). */
  chars = 0;
  clicks = 0;
  constructor(readonly page: Page) {}
  async click(
    locator: ReturnType<Page['locator']>,
    options?: Parameters<ReturnType<Page['locator']>['click']>[0],
  ): Promise<void> {
    this.clicks++;
    await locator.click(options);
  }
  async type(text: string): Promise<void> {
    this.keys += Array.from(text).length;
    await this.page.keyboard.type(text);
  }
  /** Text typed through an input method: counted in characters, not keys. */
  async write(text: string): Promise<void> {
    this.chars += Array.from(text).length;
    await this.page.keyboard.insertText(text);
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

/** Click only the cells whose figure is not 0 (and not already shown), type it; 空白填0 the rest. */
async function fillNonZero(c: Counter, figures: Record<string, number>): Promise<void> {
  for (const [index, table] of ['t2', 't3', 't4'].entries()) {
    const inputs = c.page.locator(`table[data-table="${table}"] input[data-cell]:not([readonly])`);
    const cells = await inputs.evaluateAll((all) =>
      all.map((i) => [(i as HTMLInputElement).dataset.cell ?? '', (i as HTMLInputElement).value]),
    );
    for (const [id = '', shown] of cells) {
      const want = String(figures[id] ?? 0);
      if (want === '0' || shown === want) continue;
      await c.click(c.page.locator(`input[data-cell="${id}"]`)); // a click selects the cell's text
      await c.type(want);
    }
    await c.click(c.page.locator('.table-tools').nth(index).getByText('空白填0'));
  }
}

const PROBLEMS =
  '针对上年度政策解读形式单一的问题，已整改：新增图解解读12期、视频解读2期。本年度存在的问题是依申请公开办理人员变动频繁，下一步将组织专题培训，规范登记、审核、答复各环节。';
const OTHER = '本年度未收取信息处理费。';
const REASON = '经核对，本年度各项数字与上年相同，情况属实。';

/** Write a narrative: click the text area, each sub-heading button, then the paragraph. */
async function narrative(c: Counter, name: string, text: string, headings: number): Promise<void> {
  const { page } = c;
  const section = page
    .locator('.narrative')
    .filter({ has: page.locator(`textarea[name="${name}"]`) });
  await c.click(page.locator(`textarea[name="${name}"]`));
  await page.keyboard.press('Control+End');
  for (let i = 0; i < headings; i++) {
    await c.click(section.locator('.outline-headings button').nth(i));
    if (i === 0) await c.write(text);
  }
}

/** Explain every warning still open (情况属实，填写说明), one at a time. */
async function explainAll(c: Counter): Promise<number> {
  const { page } = c;
  const open = page
    .getByRole('complementary', { name: '检查结果' })
    .getByRole('button', { name: '情况属实，填写说明' });
  let explained = 0;
  while ((await open.count()) > 0 && explained < 10) {
    await c.click(open.first());
    const dialog = page.getByRole('dialog', { name: '情况属实，填写说明' });
    await dialog.getByRole('textbox', { name: '说明' }).waitFor();
    await c.write(REASON);
    await c.click(dialog.getByRole('button', { name: '保存说明' }));
    await dialog.waitFor({ state: 'hidden' });
    explained++;
  }
  return explained;
}

/**
 * The 成文日期: clicked at its left (the first part), then eight digits in the order the field
 * shows its parts — 年月日 in a Chinese browser, 月日年 where the browser's own locale says so
 * (Debian's headless Chromium). Counted once: a clerk types the order the field shows.
 */
async function typeDate(c: Counter, iso: string): Promise<void> {
  const field = c.page.getByLabel('成文日期（可选）');
  const [year = '', month = '', day = ''] = iso.split('-');
  await c.click(field, { position: { x: 12, y: 12 } });
  await c.type(`${year}${month}${day}`);
  if ((await field.inputValue()) === iso) return;
  await field.fill('');
  await field.click({ position: { x: 12, y: 12 } });
  await c.page.keyboard.type(`${month}${day}${year}`);
  if ((await field.inputValue()) !== iso)
    throw new Error(`the 成文日期 typed reads ${await field.inputValue()}`);
}

async function finish(c: Counter): Promise<{ file: string; explained: number }> {
  const { page } = c;
  await c.click(page.getByRole('button', { name: '插入按表格生成的标准表述' }));
  await narrative(c, 'text.problems', PROBLEMS, 2);
  await c.click(page.locator('textarea[name="text.other"]'));
  await page.keyboard.press('Control+End');
  await c.write(OTHER);
  await typeDate(c, '2026-01-20');
  await page
    .locator('.save-status')
    .getByText(/^已保存/)
    .waitFor();
  const explained = await explainAll(c);
  const download = page.waitForEvent('download');
  await c.click(
    page.locator('.editor-top').getByRole('button', { name: '导出 Word', exact: true }),
  );
  const dialog = page
    .getByRole('dialog')
    .filter({ has: page.getByRole('button', { name: '返回修改' }) });
  const blocked = await Promise.race([
    download.then(() => false),
    dialog.waitFor().then(() => true),
  ]);
  if (blocked) {
    const left = (await dialog.locator('.finding').allTextContents()).join(' | ');
    throw new Error(`the final export is still blocked: ${left}`);
  }
  return { file: (await download).suggestedFilename(), explained };
}

async function errors(page: Page): Promise<string> {
  return (await page.locator('.checks-body h2').first().textContent()) ?? '';
}

/** The findings left at the end, as the checks panel counts them. */
async function findingsAtEnd(page: Page): Promise<Record<string, number | string[]>> {
  const panel = page.getByRole('complementary', { name: '检查结果' });
  const count = (selector: string) => panel.locator(selector).count();
  return {
    errors: await count('.finding-error'),
    warnings: await count('.finding-warning:not([data-explained])'),
    explained: await count('[data-explained]'),
    infos: await count('.finding-info'),
    rules: await panel
      .locator('.finding')
      .evaluateAll((all) => all.map((f) => (f as HTMLElement).dataset.rule ?? '')),
  };
}

type Way =
  | 'new + link'
  | 'roll forward'
  | 'roll forward, zeros by 空白填0'
  | 'roll forward, non-zero cells only';

async function run(way: Way) {
  const browser = await chromium.launch({ executablePath: systemChromium(), args: OFFLINE_ARGS });
  const page = await (
    await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
      locale: 'zh-CN', // a Chinese browser: the date field reads 年/月/日 in that order
    })
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
  if (way.endsWith('non-zero cells only')) await fillNonZero(c, figures);
  else await fill(c, figures, way.endsWith('空白填0'));
  const afterTables = { keys: c.keys, clicks: c.clicks, checks: await errors(page) };
  const { file, explained } = await finish(c);
  const result = {
    way,
    keystrokes: c.keys,
    clicks: c.clicks,
    chineseCharacters: c.chars,
    afterTables,
    explanations: explained,
    findingsAtEnd: await findingsAtEnd(page),
    final: !file.includes('（草稿）'),
    file,
    ms: Date.now() - started,
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
  for (const way of [
    'new + link',
    'roll forward',
    'roll forward, zeros by 空白填0',
    'roll forward, non-zero cells only',
  ] as const)
    results.push(await run(way));
  console.log(JSON.stringify(results));
} finally {
  await new Promise<void>((done) =>
    server.httpServer.close(() => {
      done();
    }),
  );
}
