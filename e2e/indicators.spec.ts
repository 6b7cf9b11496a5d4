/**
 * The county's 指标 view in the built page: the ranking with the small-sample guard, ECharts
 * drawn as SVG with a value equal to the hand computation (testing/county-batch.ts), the CSV, the
 * county 汇总 checked against its units, and the 通报 opened by LibreOffice with the counts.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { summarise } from '../src/core/summary';
import { readCsv } from '../src/testing/csv-payloads';
import { UNITS_2023, UNITS_2024, unitReport } from '../src/testing/county-batch';
import { parts } from '../src/testing/docx-structure';
import { expect, test } from './app';
import { fixtureFile, jsonFile, ReviewDesk } from './review-desk';

const units = UNITS_2024.map((spec) => unitReport(spec));
const county = summarise(
  units.map((report, i) => ({ name: `u${i}`, report, unresolvedErrors: 0 })),
  { org: '清河县（汇总）' },
).report;
// The county's 汇总 with one figure off: 行政复议 结果纠正 3 → 4.
const wrongSummary = { ...county, cells: { ...county.cells, t4_review_corrected: 4 } };

const files = [
  ...units.map((r, i) => jsonFile(`unit-${i}.json`, r)),
  ...UNITS_2023.map((spec, i) => jsonFile(`last-${i}.json`, unitReport(spec))),
  jsonFile('county-summary.json', wrongSummary),
];

async function openIndicators(desk: ReviewDesk) {
  await desk.open();
  await desk.add(files);
  await desk.page.getByRole('button', { name: '查看指标、排名与图表' }).click();
  const table = desk.page.getByRole('table', { name: '指标排名' });
  await expect(table).toBeVisible();
  return table;
}

test('the ranking respects the guard and the charts draw the hand-computed values', async ({
  page,
}) => {
  const desk = new ReviewDesk(page);
  const table = await openIndicators(desk);
  const row = (org: string) => table.locator('tbody tr').filter({ hasText: org });
  await expect(table.locator('tbody tr')).toHaveCount(3);
  // 城关镇 (6+2)/12 and 自然资源局 12/18 are both 66.7%: a shared first place; 马屯镇's 2 of 3
  // is 样本过少 and has no rank.
  await expect(row('城关镇').locator('td').first()).toHaveText('1');
  await expect(row('自然资源局').locator('td').first()).toHaveText('1');
  await expect(row('马屯镇').locator('td').first()).toHaveText('—');
  await expect(row('马屯镇')).toContainText('样本过少');
  await expect(row('城关镇')).toContainText('66.7%');
  await expect(row('自然资源局')).toContainText('40.0%');
  await expect(table.locator('tfoot')).toContainText('42.9%');
  // Sorting by 结转率 ranks 城关镇 1/13 below 自然资源局 4/22; 马屯镇 stays last, unranked.
  await table.getByRole('button', { name: '结转率' }).click();
  await expect(table.locator('tbody tr').first()).toContainText('自然资源局');
  await expect(table.locator('tbody tr').last()).toContainText('马屯镇');
  await expect(table.locator('tbody tr').last().locator('td').first()).toHaveText('—');

  const bars = page.getByRole('img', { name: '各单位指标条形图' });
  await expect(bars.locator('svg')).toBeVisible();
  await expect(bars.locator('svg text', { hasText: '18.2%' })).toHaveCount(1);
  await expect(bars.locator('svg text', { hasText: '7.7%' })).toHaveCount(1);
  // The chart ranks like the table: 马屯镇 (0 of 3) is named as left out, not drawn as 0%.
  await expect(
    bars.locator('svg text', { hasText: '未列入（样本过少或数据不全）：马屯镇' }),
  ).toHaveCount(1);
  const heatmap = page.getByRole('img', { name: '各单位问题级别热力图' });
  await expect(heatmap.locator('svg text', { hasText: '强制性' })).toHaveCount(1);
  const years = page.getByRole('img', { name: '上年与本年对比图' });
  await expect(years.locator('svg')).toBeVisible();

  await expect(page.getByLabel('汇总核对')).toContainText('有 1 处不符');
  const csv = readCsv(readFileSync(await desk.download('导出指标 CSV'), 'utf8'));
  const at = csv[0]?.indexOf('实质公开率（%）') ?? -1;
  expect(csv.find((r) => r[0] === '清河县城关镇人民政府')?.[at]).toBe('66.7');
  expect(csv.find((r) => r[0] === '清河县马屯镇人民政府')?.[at]).toBe('样本过少');

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('heading', { name: '指标、排名与通报' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('indicators-1920.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: test.info().outputPath('indicators-1280.png'), fullPage: true });
});

test('the county 汇总 shows SUMMARY_UNITS in the batch, and the 通报 opens in LibreOffice with the counts', async ({
  page,
}) => {
  const desk = new ReviewDesk(page);
  await desk.open();
  await page
    .getByLabel('应报送单位名单（每行一个，或用顿号分隔）')
    .fill([...UNITS_2024.map((u) => u.org), '清河县黄庄乡人民政府'].join('\n'));
  await page.getByLabel('汇总报告的机关名称').focus();
  await desk.add(files);
  // T4_SUM (its own 总计 no longer adds up) and SUMMARY_UNITS (4 against its units' 1 + 2).
  expect(await desk.cell('county-summary.json', '强制性')).toBe('2');
  const detail = await desk.openReport('county-summary.json');
  await expect(detail).toContainText('结果纠正为 4，所含单位之和为 3，相差 1');
  await expect(detail).toContainText('计入3个单位');
  await page.getByRole('button', { name: '查看指标、排名与图表' }).click();
  await expect(page.getByRole('table', { name: '指标排名' })).toBeVisible();

  const dir = mkdtempSync(join(tmpdir(), 'notice-'));
  copyFileSync(await desk.download('生成通报（Word）'), join(dir, 'notice.docx'));
  const docx = parts(readFileSync(join(dir, 'notice.docx')));
  expect(Object.keys(docx).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
  execFileSync(
    'soffice',
    ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'notice.docx')],
    {
      env: { ...process.env, HOME: dir },
      timeout: 120_000,
    },
  );
  const text = execFileSync('pdftotext', [join(dir, 'notice.pdf'), '-'])
    .toString()
    .replace(/\s+/g, '');
  expect(text).toContain('报送和审核情况的通报');
  expect(text).toContain('应报送4个单位，已报送3个，未报送1个：清河县黄庄乡人民政府');
  expect(text).toContain('1个单位的成文日期晚于期限：清河县自然资源局');
  expect(text).toContain('实质公开率66.7%');
  expect(text).toContain('县级汇总报告（清河县（汇总））与所含3个单位报告之和相比有1处不符');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    join(dir, 'notice.pdf'),
    test.info().outputPath('notice'),
  ]);
});

test('the single file opened from disk draws the charts too (ECharts inlined)', async ({
  page,
}) => {
  const single = new URL('../dist-single/gongkai-report.html', import.meta.url);
  await page.goto(`${pathToFileURL(single.pathname).href}#/review`);
  const desk = new ReviewDesk(page);
  await expect(page.getByRole('heading', { name: '批量审核' })).toBeVisible();
  await desk.add(files);
  await page.getByRole('button', { name: '查看指标、排名与图表' }).click();
  const bars = page.getByRole('img', { name: '各单位指标条形图' });
  await expect(bars.locator('svg text', { hasText: '66.7%' }).first()).toBeVisible();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '生成通报（Word）' }).click(),
  ]);
  const docx = parts(readFileSync(await file.path()));
  expect(Object.keys(docx).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
});

test('an imported report’s outline faults show as OUTLINE on the desk', async ({ page }) => {
  const desk = new ReviewDesk(page);
  await desk.open();
  await desk.add([
    fixtureFile('import/outline/shifted.txt'),
    fixtureFile('import/outline/markdown-correct.txt'),
  ]);
  await expect(page.getByRole('list', { name: '按规则统计' })).toContainText(
    '报告的标题层次不规范：1 份',
  );
  const detail = await desk.openReport('shifted.txt');
  await expect(detail).toContainText('「一、主动公开政府信息情况」应为第二部分');
});
