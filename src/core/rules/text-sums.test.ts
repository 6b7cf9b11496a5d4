/**
 * Narrative figures that name categories together or count 受理 with the carry-over agree with the
 * right sums of the tables; a mismatch is raised only when no reading of the sentence agrees.
 * The 2021 example: 新收 15, 上年结转 2, 办结 16 (予以公开 6, 部分公开 2, 不予公开 1, 无法提供 4,
 * 不予处理 1, 其他处理 2), 结转下年度 1; 表二 规范性文件 制发 3 废止 1 现行有效 12, 规章 0, 许可 46,
 * 处罚 18, 强制 2, 收费 6.0725 万元.
 */
import { describe, expect, it } from 'vitest';
import { checkAll } from '../check';
import type { Provenance } from '../provenance';
import type { Report } from '../report';
import { reportFixture } from '../../testing/fixtures';

const example = reportFixture('example-2021');

function mismatches(text: string, report: Report = example, provenance?: Provenance): string[] {
  const withText = { ...report, text: { ...report.text, overview: text } };
  return checkAll(withText, undefined, provenance ? { provenance } : {})
    .filter((f) => f.rule === 'TEXT_TABLE_MISMATCH')
    .map((f) => f.message);
}

describe('narrative figures that agree with a sum of the tables', () => {
  it.each([
    '其中予以公开及部分公开8件，不予公开1件。',
    '其中予以公开、部分公开共8件，不予公开及无法提供5件，不予处理1件，其他处理2件。',
    '不予公开、无法提供、不予处理共6件。',
    '其中同意公开6件。',
    '全年共受理政府信息公开申请17件（含上年结转2件）。',
    '全年共受理政府信息公开申请15件，上年结转2件。',
    '本年度办理政府信息公开申请17件。',
    '共答复16件（含上年度结转2件）。',
    '全年办结16件。',
    '制发行政规范性文件3件，废止1件，现行有效12件。',
    '本年度制定规章0件、行政规范性文件3件，废止规范性文件1件，现行有效规范性文件12件。',
    '公开行政许可决定46件、行政处罚决定18件、行政强制决定2件。',
    '收取行政事业性收费6.0725万元。',
    '行政事业性收费金额60725元。',
    '行政事业性收费6.07万元。',
    '本年度办理政府信息公开申请17件（含上年结转2件）。',
    '共受理各类政府信息公开申请共计17件。',
    '予以公开和部分公开共8件，不予公开与无法提供5件。',
    '答复申请16件，其中予以公开6件。',
    '废止规章0件，现行有效规章0件。',
    '作出行政许可处理决定46件。',
    '收取行政事业性收费 6.0725 万元。',
  ])('%s', (text) => {
    expect(mismatches(text)).toEqual([]);
  });
});

describe('narrative figures no reading agrees with', () => {
  it.each([
    ['其中予以公开及部分公开9件。', '表三 （一）予以公开 + （二）部分公开'],
    ['不予公开、无法提供共4件。', '不予公开、无法提供'],
    ['全年共受理政府信息公开申请16件（含上年结转2件）。', '一、本年新收政府信息公开申请数量'],
    ['共答复18件（含上年度结转2件）。', '（七）总计'],
    ['制发行政规范性文件4件。', '规范性文件 本年制发件数'],
    ['制发行政规范性文件3件，废止2件。', '本年废止件数'],
    ['现行有效规范性文件13件。', '现行有效件数'],
    ['行政处罚决定19件。', '行政处罚'],
    ['收取行政事业性收费7.1万元。', '本年收费金额'],
    ['行政事业性收费金额60000元。', '本年收费金额'],
    ['本年度办理政府信息公开申请18件（含上年结转2件）。', '一、本年新收政府信息公开申请数量'],
    ['予以公开和部分公开共7件。', '（一）予以公开'],
    ['现行有效规章2件。', '规章'],
    ['行政强制决定3件。', '行政强制'],
  ])('%s', (text, names) => {
    const found = mismatches(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(names.split(' + ')[0]?.replace(/^表三 /, '') ?? '');
  });

  it('"含上年度结转M件" after 答复 may be fewer than 上年结转, never more', () => {
    expect(mismatches('共答复16件（含上年度结转1件）。')).toEqual([]);
    expect(mismatches('共答复16件（含上年度结转3件）。')).toHaveLength(1);
  });

  it('on an imported report a blank cell can still reach the figure: no mismatch', () => {
    const blank = { ...example, cells: { ...example.cells, t3_open_total: null } };
    expect(mismatches('予以公开6件。', blank, {})).toEqual([]);
    // Without provenance (a clerk's draft) the blank counts as 0.
    expect(mismatches('予以公开6件。', blank)).toHaveLength(1);
  });

  it('信息处理费 is not 行政事业性收费', () => {
    expect(mismatches('本年度收取信息处理费500元。')).toEqual([]);
  });
});
