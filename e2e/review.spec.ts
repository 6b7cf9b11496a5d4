import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellsOf, checkAll, getTemplate, reviewCounts, RULES, type Report } from '../src/core';
import { parts } from '../src/testing/docx-structure';
import { expect, fixture, test } from './app';
import { fixtureFile, jsonFile, ReviewDesk, type DropFile } from './review-desk';

const SEEDS = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'];
const BROKEN: DropFile = {
  name: 'broken.docx',
  mimeType: 'application/octet-stream',
  buffer: Buffer.from('这不是 Word 文件'),
};

function batch(): DropFile[] {
  return [...[...SEEDS, 'example-2021'].map((name) => fixtureFile(`reports/${name}.json`)), BROKEN];
}

test('a batch is checked: counts per report, the broken file first, cells of a report marked', async ({
  page,
}) => {
  const desk = new ReviewDesk(page);
  await desk.open();
  await desk.add(batch());
  await expect(desk.rows).toHaveCount(7);

  await expect(desk.rows.first()).toContainText('broken.docx');
  await expect(desk.rows.first()).toContainText('无法读取这个 Word 文件');

  for (const name of [...SEEDS, 'example-2021']) {
    const counts = reviewCounts(checkAll(fixture(name)), undefined);
    expect(await desk.cell(`${name}.json`, '强制性'), name).toBe(String(counts.errors));
    expect(await desk.cell(`${name}.json`, '核实性'), name).toBe(String(counts.warnings));
    expect(await desk.cell(`${name}.json`, '机关 / 文件'), name).toContain(fixture(name).meta.org);
  }
  // An unreadable file shows no counts.
  expect(await desk.cell('broken.docx', '强制性')).toBe('');
  const blank = (await page.getByRole('list', { name: '按规则统计' }).innerText()).match(
    new RegExp(`${RULES.BLANK_CELL.title}：(\\d+) 份`),
  );
  const withBlank = [...SEEDS, 'example-2021'].filter((n) =>
    checkAll(fixture(n)).some((f) => f.rule === 'BLANK_CELL'),
  );
  expect(Number(blank?.[1])).toBe(withBlank.length);

  const detail = await desk.openReport('seed-001.json');
  const findings = checkAll(fixture('seed-001'));
  await expect(detail.getByRole('list', { name: '问题' }).getByRole('listitem')).toHaveCount(
    findings.length,
  );
  const cited = new Set(findings.flatMap((f) => f.cells));
  const marked = await detail
    .locator('td.flag[data-cell]')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-cell')));
  expect(new Set(marked)).toEqual(cited);
});

test('a dismissal with its reason survives a reload and goes into the CSV and the 审核意见', async ({
  page,
}) => {
  const desk = new ReviewDesk(page);
  await desk.open();
  await desk.add(batch());
  let detail = await desk.openReport('seed-001.json');
  const first = detail.getByRole('list', { name: '问题' }).getByRole('listitem').first();
  await first.getByRole('button', { name: '不作为问题…' }).click();
  await first.getByLabel('理由').fill('该栏确无数据，机关已书面说明');
  await first.getByRole('button', { name: '保存理由' }).click();
  await expect(first).toContainText('不作为问题：该栏确无数据，机关已书面说明');
  await detail.getByLabel('审核结论').selectOption({ label: '退回修改' });
  await detail.getByLabel('其他意见').fill('请补填表三空白栏目后重新报送。');
  await detail.getByLabel('其他意见').blur();
  await expect(desk.row('seed-001.json')).toContainText('退回修改');

  await page.reload();
  await expect(desk.rows).toHaveCount(7);
  expect(await desk.cell('seed-001.json', '已说明')).toBe('1');
  detail = await desk.openReport('seed-001.json');
  await expect(
    detail.getByRole('list', { name: '问题' }).getByRole('listitem').first(),
  ).toContainText('不作为问题：该栏确无数据，机关已书面说明');
  await expect(detail.getByLabel('其他意见')).toHaveValue('请补填表三空白栏目后重新报送。');

  const csv = readFileSync(await desk.download('导出 CSV'), 'utf8');
  expect(csv.startsWith('\uFEFFfile,机关,rule,level,cells,message,decision,reason,规则名称,')).toBe(
    true,
  );
  const lines = csv.trimEnd().split('\r\n');
  const findings = [...SEEDS, 'example-2021'].reduce((n, f) => n + checkAll(fixture(f)).length, 0);
  expect(lines).toHaveLength(1 + findings + 1);
  expect(lines.filter((l) => l.startsWith('seed-001.json,祥云镇,'))).toHaveLength(
    checkAll(fixture('seed-001')).length,
  );
  expect(csv).toContain(',不作为问题,该栏确无数据，机关已书面说明,');
  expect(csv).toMatch(/broken\.docx,,,强制性,,无法读取：/);

  const dir = mkdtempSync(join(tmpdir(), 'review-docx-'));
  copyFileSync(await desk.download('审核意见汇总（Word）'), join(dir, 'opinion.docx'));
  const documentXml = parts(readFileSync(join(dir, 'opinion.docx')))['word/document.xml'] ?? '';
  expect(documentXml).toContain('审核意见');
  expect(documentXml).toContain('w:eastAsia="仿宋_GB2312"');
  execFileSync(
    'soffice',
    ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'opinion.docx')],
    {
      env: { ...process.env, HOME: dir },
      timeout: 120_000,
    },
  );
  const text = execFileSync('pdftotext', [join(dir, 'opinion.pdf'), '-'])
    .toString()
    .replace(/\s+/g, '');
  expect(text).toContain('政府信息公开工作年度报告的审核意见');
  expect(text).toContain('祥云镇');
  expect(text).toContain('审核结论：退回修改');
  expect(text).toContain('请补填表三空白栏目后重新报送。');
  expect(text).toContain('无法读取');
});

/** The example with every figure changed by `n`: counts + n, amounts + n × 0.0001 万元. */
function variant(org: string, n: number): Report {
  const example = fixture('example-2021');
  const cells = Object.fromEntries(
    [...cellsOf(getTemplate(example.template)).values()].map((c) => {
      const v = Number(example.cells[c.id] ?? 0);
      return [c.id, c.kind === 'amount' ? (Math.round(v * 10_000) + n) / 10_000 : v + n * 3];
    }),
  );
  return { ...example, meta: { ...example.meta, org }, cells };
}

test('汇总 of three 2021 reports is their cell-wise sum, and opens as a draft', async ({
  page,
}) => {
  const desk = new ReviewDesk(page);
  await desk.open();
  const reports = [fixture('example-2021'), variant('白云镇人民政府', 1), variant('石桥乡', 2)];
  // Last year's report of 青山镇 (signed without 人民政府), its carry-over not what 2024 carried in.
  const example = fixture('example-2021');
  const lastYear = {
    ...example,
    meta: { ...example.meta, org: '青山镇', year: 2023 },
    cells: {
      ...example.cells,
      t3_carry_next_natural: Number(example.cells['t3_carried_natural']) + 5,
    },
  };
  await desk.add([
    jsonFile('qingshan-2023.json', lastYear),
    fixtureFile('reports/example-2021.json'),
    jsonFile('baiyun.json', reports[1]),
    jsonFile('shiqiao.json', reports[2]),
    fixtureFile('reports/seed-000.json'),
  ]);
  expect(await desk.cell('example-2021.json', '上年报告')).toBe('2023年 qingshan-2023.json');
  await expect(page.getByRole('list', { name: '按规则统计' })).toContainText(
    `${RULES.CARRY_OVER.title}：1 份`,
  );
  for (const file of ['example-2021.json', 'baiyun.json', 'shiqiao.json', 'seed-000.json']) {
    await page.getByLabel(`选入汇总 ${file}`).check();
  }
  const form = page.getByRole('form', { name: '汇总' });
  await form.getByLabel('汇总报告的机关名称').fill('某某县（汇总）');
  await form.getByLabel(/应报送单位名单/).fill('青山镇\n白云镇\n石桥镇\n红旗街道');
  await form.getByRole('button', { name: /生成汇总/ }).click();

  const result = page.getByRole('region', { name: '汇总结果' });
  await expect(result).toContainText('汇总 3 份');
  await expect(result.getByRole('list', { name: '排除的报告' })).toContainText(
    '练寺镇人民政府（seed-000.json）：格式不同',
  );
  await expect(result).toContainText('尚未报送：红旗街道');
  await result.getByText('汇总表格').click();
  const shown = await result
    .locator('td[data-cell]')
    .evaluateAll((cells) =>
      cells.map((c) => ({ id: c.getAttribute('data-cell') ?? '', text: c.textContent })),
    );
  const kinds = cellsOf(getTemplate('2021'));
  expect(shown.length).toBe(kinds.size);
  for (const { id, text } of shown) {
    const units = (r: Report) => Math.round(Number(r.cells[id] ?? 0) * 10_000);
    const expected = reports.reduce((sum, r) => sum + units(r), 0);
    expect(Math.round(Number(text) * 10_000), id).toBe(expected);
  }

  await result.getByRole('button', { name: '打开为草稿' }).click();
  await expect(page.locator('.editor-title')).toContainText('某某县（汇总） 2024年');
  await expect(page.locator('input[data-cell="t3_new_natural"]')).toHaveValue(
    String(reports.reduce((s, r) => s + Number(r.cells['t3_new_natural'] ?? 0), 0)),
  );
});
