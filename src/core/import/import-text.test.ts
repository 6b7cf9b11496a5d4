/**
 * The text importer against real inputs: the five seeds must give their hand-transcribed report
 * files exactly, our own text export must come back, and every layout of the official format §7 (fixtures
 * with a distinct number in every cell, so a misplaced number shows) must land in the right cells.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CellValue } from '../report';
import { importText } from './import-text';
import { fixtureReport as report } from '../../testing/fixtures';

const root = new URL('../../fixtures/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

function imported(path: string, options = {}) {
  const result = importText(read(path), options);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** Blank prints as 0 in our text export, so a round trip reads it back as 0. */
const printed = (cells: Record<string, CellValue>) =>
  Object.fromEntries(Object.entries(cells).map(([id, v]) => [id, v ?? 0]));

const SEEDS = readdirSync(new URL('seeds/', root))
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('importText: the seeds', () => {
  it('has five seeds', () => {
    expect(SEEDS).toHaveLength(5);
  });

  it.each(SEEDS)('%s imports to its golden report file exactly', (file) => {
    const result = imported(`seeds/${file}`);
    const golden = report(`reports/seed-${file.slice(0, 3)}.json`);
    // A total the source did not print (seed 001's Word "save as text" drops the empty 总计) is
    // derived from its row and said to be inferred; every printed cell is exactly the golden one.
    const derived = Object.entries(result.provenance).flatMap(([id, p]) =>
      p.source === 'inferred' && golden.cells[id] === null ? [id] : [],
    );
    const cells = { ...result.report.cells };
    for (const id of derived) cells[id] = null;
    expect({ ...result.report, cells }).toEqual(golden);
    for (const id of derived) expect(id).toMatch(/_total$/);
    expect(result.format).toBe('2019');
    expect(result.input).toBe('text');
  });

  it('places every line of the tab, space and PDF layouts (001, 002, 003)', () => {
    for (const file of SEEDS.filter((f) => /^00[0-3]/.test(f))) {
      expect(imported(`seeds/${file}`).unplaced, file).toEqual([]);
    }
  });

  it('reads seed 001’s six-number rows as 自然人…其他 with the 总计 derived, and says so', () => {
    const result = imported(`seeds/${SEEDS[1] ?? ''}`);
    expect(result.report.cells.t3_open_natural).toBe(0);
    expect(result.report.cells.t3_open_other).toBe(0);
    // Every printed number of the row is 0, so its 总计 is 0: derived and said so.
    expect(result.report.cells.t3_open_total).toBe(0);
    expect(result.provenance.t3_open_total).toEqual({
      source: 'inferred',
      how: '原文未列出，按 六类申请人之和 推算为 0',
    });
    expect(result.provenance.t3_open_natural).toEqual({ source: 'printed' });
    expect(result.report.cells.t2_service_decisions).toBe(869);
    expect(result.notes.join('\n')).toMatch(/表三 有 20 个单元格是推定的/);
  });

  it('keeps the 16th number of seed 004’s table 四 out and reports its line', () => {
    const result = imported(`seeds/${SEEDS[4] ?? ''}`);
    expect(result.notes).toContain('表四 有 16 个数字，按前 15 个读入，多出的未使用');
    expect(result.notes.join('\n')).toMatch(/机关名称按正文取“李楼镇”/);
  });
});

describe('importText: our own text export comes back', () => {
  const golden = readdirSync(new URL('golden/', root)).filter((f) => f.endsWith('.txt'));

  it.each(golden)('%s', (file) => {
    const name = file.slice(0, -'.txt'.length);
    const expected = report(`reports/${name}.json`);
    const result = imported(`golden/${file}`);
    expect(result.report.cells).toEqual(printed(expected.cells));
    expect(result.report.meta).toEqual(expected.meta);
    expect(result.report.text).toEqual(expected.text);
    expect(result.unplaced).toEqual([]);
  });
});

describe('importText: the layouts of the official format §7', () => {
  const distinct = {
    '2019': report('import/distinct-2019.json'),
    '2021': report('import/distinct-2021.json'),
  };
  const layouts: [string, '2019' | '2021'][] = [
    ['layout-c-pdftotext-raw-2019.txt', '2019'],
    ['layout-d-cell-per-line-2021.txt', '2021'],
    ['layout-e-markdown-2019.txt', '2019'],
    ['layout-f-cell-pipe-2021.txt', '2021'],
    ['layout-g-column-order-2019.txt', '2019'],
    ['layout-g-column-order-2021.txt', '2021'],
    ['layout-h-pdftotext-layout-2019.txt', '2019'],
    ['layout-h-pdftotext-layout-2021.txt', '2021'],
    ['layout-i-broken-markdown-2021.txt', '2021'],
  ];

  it.each(layouts)('%s puts every number in its cell', (file, format) => {
    const expected = distinct[format];
    const result = imported(`import/${file}`);
    expect(result.format).toBe(format);
    expect(result.report.cells).toEqual(expected.cells);
    expect(result.report.meta).toEqual(expected.meta);
    expect(result.notes).toEqual([]);
    expect(result.unplaced).toEqual([]);
  });

  it.each(layouts.filter(([file]) => !/pdftotext/.test(file)))(
    '%s keeps the narrative exactly',
    (file, format) => {
      expect(imported(`import/${file}`).report.text).toEqual(distinct[format].text);
    },
  );
});

describe('importText: label, heading and number variants', () => {
  it('reads the 2019 variants: 1、 headings, two-line title, spaced and shortened labels', () => {
    const result = imported('import/variants-2019.txt');
    const expected = report('import/distinct-2019.json');
    const open = Object.keys(expected.cells).filter((id) => id.startsWith('t3_open_'));
    expect(result.report.cells).toEqual({
      ...expected.cells,
      t2_rules_made: 22,
      t2_procurement_amount: 25.1,
      t3_new_total: 1234,
      // The row printed six numbers of seven, in a table whose equations all fail (every figure
      // distinct): no equation says which cell is missing, so the row is left blank, noted.
      ...Object.fromEntries(open.map((id) => [id, null])),
    });
    for (const id of open) expect(result.provenance[id]?.source).toBe('missing');
    expect(result.report.meta).toEqual({ org: '祥云镇人民政府', year: 2020, orgType: 'township' });
    expect(result.report.text.overview).toBe(expected.text.overview);
    expect(result.report.text.problems).toBe(expected.text.problems);
    // The text has no 六: the section is empty, nothing else swallowed.
    expect(result.report.text.other).toBe('');
    expect(result.notes).toContain(
      '表二 规章 本年新制作数量：“22（其中修订16件）”按 22 读入（其中修订16件）',
    );
    expect(result.notes).toContain(
      '表二 政府集中采购 采购总金额（单位：万元，保留4位小数）：“251000元”按 25.1 读入（按 251000 元折算为 25.1 万元）',
    );
    expect(result.unplaced).toEqual(['注：行政复议、行政诉讼数量含上年度结转数量。']);
  });

  it('reads the 2021 variants: no title, markdown headings, 1、 sub-items, 元, Chinese date', () => {
    const result = imported('import/variants-2021.txt');
    const expected = report('import/distinct-2021.json');
    expect(result.format).toBe('2021');
    expect(result.report.cells).toEqual({ ...expected.cells, t2_fee_amount: 6.0725 });
    expect(result.report.meta).toEqual({
      org: '青山镇人民政府',
      year: 2024,
      orgType: 'township',
      date: '2025-01-20',
      signature: '青山镇人民政府',
    });
    expect(result.report.text.intro).toMatch(/^根据《中华人民共和国政府信息公开条例》规定/);
    expect(result.report.text.overview).toBe(expected.text.overview);
    expect(result.report.text.other).toBe(expected.text.other);
    expect(result.notes.join('\n')).toMatch(/“17（其中变更3件）”按 17 读入/);
    expect(result.unplaced).toEqual(['扫一扫在手机打开当前页']);
  });

  it('reads a table pasted on its own, taking year and 机关 from the options', () => {
    const lines = read('golden/example-2021.txt').split('\n');
    const from = lines.findIndex((l) => l.startsWith('第二十条第（一）项'));
    const to = lines.findIndex((l) => l.startsWith('三、收到和处理'));
    const result = importText(lines.slice(from, to).join('\n'), { year: 2024, org: '青山镇' });
    if (!result.ok) throw new Error(result.message);
    expect(result.format).toBe('2021');
    expect(result.report.meta).toEqual({ org: '青山镇', year: 2024, orgType: 'township' });
    expect(result.report.cells.t2_normative_valid).toBe(12);
    expect(result.report.cells.t2_fee_amount).toBe(6.0725);
    expect(result.report.cells.t3_new_total).toBeNull();
  });

  it('reads the tables in the format it is told to', () => {
    const result = imported(`seeds/${SEEDS[2] ?? ''}`, { template: '2021' });
    expect(result.format).toBe('2021');
    expect(result.report.template).toBe('2021');
    expect(result.report.cells).toHaveProperty('t3_other_misc_total');
  });

  it('says when the year is missing and guesses one', () => {
    const lines = read('golden/example-2021.txt').split('\n');
    const from = lines.findIndex((l) => l.startsWith('（本列数据'));
    const result = importText(lines.slice(from, from + 30).join('\n'));
    if (!result.ok) throw new Error(result.message);
    expect(result.notes.join('\n')).toMatch(/没有找到报告年度/);
    expect(result.notes.join('\n')).toMatch(/没有找到机关名称/);
    expect(result.report.cells.t3_new_total).toBe(15);
  });

  it('reads a heading PDF text broke before its last character', () => {
    const text = read('golden/example-2021.txt').replace(
      '四、政府信息公开行政复议、行政诉讼情况',
      '四、政府信息公开行政复议、行政诉讼情\n况',
    );
    const result = importText(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.report).toEqual(report('reports/example-2021.json'));
    expect(result.unplaced).toEqual([]);
  });

  it('takes the text before 二 as the 总体情况 when the 一 heading is missing', () => {
    const expected = report('reports/example-2021.json');
    const result = importText(read('golden/example-2021.txt').replace('一、总体情况\n', ''));
    if (!result.ok) throw new Error(result.message);
    expect(result.report.text.intro).toBeUndefined();
    expect(result.report.text.overview).toBe(
      `${expected.text.intro ?? ''}\n${expected.text.overview ?? ''}`,
    );
    expect(result.report.cells).toEqual(expected.cells);
  });

  it('says when a table has no numbers at all, as when it was a picture', () => {
    const lines = read('golden/example-2021.txt').split('\n');
    const from = lines.indexOf('二、主动公开政府信息情况') + 1;
    const to = lines.indexOf('三、收到和处理政府信息公开申请情况');
    const text = [...lines.slice(0, from), '（图片：主动公开情况统计表）', ...lines.slice(to)].join(
      '\n',
    );
    const result = importText(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.notes).toContain(
      '表二 没有读到数字（表格可能是图片或格式无法识别），请对照原文填写',
    );
    expect(result.unplaced).toEqual(['（图片：主动公开情况统计表）']);
    expect(result.report.cells.t2_normative_valid).toBeNull();
    expect(result.report.cells.t3_new_total).toBe(15);
  });

  it('refuses text that is not a report, saying what was expected', () => {
    const result = importText('会议通知\n\n定于下周一召开全体会议。请准时参加。');
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/一、总体情况/) as string });
  });
});
