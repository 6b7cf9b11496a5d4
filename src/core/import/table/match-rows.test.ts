/** Reading rows by label on small real-world shapes of table 二 and 三. */
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../templates';
import { readRows } from './match-rows';
import { rowSpecs } from './row-specs';
import { lineTokens } from './tokens';

const T2_2021 = rowSpecs(getTemplate('2021'), 't2');
const T3_2019 = rowSpecs(getTemplate('2019'), 't3');
const T3_2021 = rowSpecs(getTemplate('2021'), 't3');

function read(specs: typeof T2_2021, text: string) {
  const tokens = text.split('\n').flatMap((line, i) => lineTokens(line, i));
  const rows = readRows(specs, tokens);
  const values = Object.fromEntries([...rows.cells].map(([id, t]) => [id, t.raw]));
  return { rows, values };
}

describe('readRows', () => {
  it('reads a row whose label is cut by its numbers (PDF text)', () => {
    const { values } = read(
      T3_2019,
      '（二）部分公开（区分 1 2 3 4 5 6 21\n处理的，只计这一情形，不计其他情形）\n1.属于国家秘\n密\n7 0 0 0 0 0 7',
    );
    expect(values.t3_partial_natural).toBe('1');
    expect(values.t3_partial_total).toBe('21');
    expect(values.t3_deny_secret_natural).toBe('7');
  });

  it('reads laid-out rows whose labels wrap over many lines in a narrow column', () => {
    // pdftotext -layout: zero cells left blank, the numbers set at the middle of a tall cell, so
    // a row's numbers may come before its label's end, and a label may not be recognised at all.
    // (pdftotext -layout of a LibreOffice PDF of a page with a narrow label column.)
    const text = [
      '三、   （一）予以公',
      '                         0     0    2          3',
      '本年   开',
      '度办',
      '理结   （二）部分公',
      '果    开（区分处理',
      '     的，只计这一       0      3          0',
      '     情形，不计其',
      '     他情形）',
      '',
      '     （   1.属于国',
      '                  0            3',
      '     三   家秘密',
      '     ）',
      '     不   2.其他法',
      '     予   律行政法',
      '                  1      1     3         2     0',
      '     公   规禁止公',
      '     开   开',
    ].join('\n');
    const tokens = text
      .split('\n')
      .flatMap((line, i) => lineTokens(line.trim(), i, line.search(/\S/)));
    const rows = readRows(T3_2021, tokens);
    const raw = (id: string) => rows.cells.get(id)?.raw;
    const taken = (row: string) =>
      (rows.taken.get(T3_2021.findIndex((s) => s.cells[0]?.id === `t3_${row}_natural`)) ?? []).map(
        (t) => t.raw,
      );
    expect(taken('open')).toEqual(['0', '0', '2', '3']);
    expect(taken('partial')).toEqual(['0', '3', '0']);
    expect(taken('deny_secret')).toEqual(['0', '3']);
    expect(taken('deny_law')).toEqual(['1', '1', '3', '2', '0']);
    expect(raw('t3_deny_law_natural')).toBe('1');
  });

  it('gives numbers set inside a wrapped label to that label, not to a blank row above it', () => {
    // pdftotext -layout of a LibreOffice PDF, zeros printed blank: （一）予以公开 printed no number
    // and its label, interleaved with 三、本年度办理结果, is not recognised; （二）部分公开's numbers
    // sit in the middle of its label, 1.属于国家秘密's and 2.其他法律…'s likewise.
    const laidOut = (lines: readonly string[]) => {
      const tokens = lines.flatMap((line, i) => lineTokens(line.trim(), i, line.search(/\S/)));
      const rows = readRows(T3_2021, tokens);
      // (Which columns they stand in is settled later, by the columns' positions.)
      return (row: string) =>
        rows.taken
          .get(T3_2021.findIndex((s) => s.cells[0]?.id === `t3_${row}_natural`))
          ?.map((t) => t.raw);
    };
    // (Chinese characters take two columns in pdftotext's layout.)
    const carried = '二、上年结转政府信息        2              3                        5';
    const partial = laidOut([
      carried,
      '公开申请数量',
      '三、   （一）予以公',
      '本年   开',
      '度办',
      '理结   （二）部分公',
      '果    开（区分处理',
      '     的，只计这一                           3                   3',
      '     情形，不计其',
      '     他情形）',
      '     （   1.属于国                3                  1     4',
      '     三   家秘密',
      '     ）',
    ]);
    expect(partial('partial')).toEqual(['3', '3']);
    expect(partial('open')).toBeUndefined();
    const denyLaw = laidOut([
      carried,
      '公开申请数量',
      '三、   （一）予以公',
      '本年   开',
      '理结   （二）部分公',
      '果    开（区分处理',
      '     的，只计这一',
      '     情形，不计其',
      '     他情形）',
      '     （   1.属于国',
      '     三   家秘密',
      '     ）',
      '     不   2.其他法',
      '     予   律行政法',
      '     公            6                                           6',
      '         规禁止公',
      '     开   开',
      '         3.危及',
    ]);
    expect(denyLaw('deny_law')).toEqual(['6', '6']);
    expect(denyLaw('open')).toBeUndefined();
  });

  it('reads a row whose label has a merged label printed into it', () => {
    const { values } = read(T3_2019, '5.属于三类内部事\n予公开 9 8 7 6 5 4 39\n务信息');
    expect(values.t3_deny_internal_natural).toBe('9');
    expect(values.t3_deny_internal_total).toBe('39');
  });

  it('matches shortened and re-numbered labels', () => {
    const { values, rows } = read(
      T3_2019,
      '1、属于国家秘密 1 1 1 1 1 1 6\n2.其他法律法规禁止公开 2 2 2 2 2 2 12\n1.本机关不掌握相关信息 3 3 3 3 3 3 18',
    );
    expect(values.t3_deny_secret_total).toBe('6');
    expect(values.t3_deny_law_total).toBe('12');
    expect(values.t3_unable_unheld_total).toBe('18');
    expect(rows.missing.map((s) => s.key)).toContain('3危及三安全一稳定');
  });

  it('gives labels listed before their numbers one number line each, in table order', () => {
    const { values } = read(
      T2_2021,
      '行政规范性文件\n规章\n行政许可\n行政处罚\n行政强制\n行政事业性收费\n1 2 3\n4 5 6\n7\n8\n9\n10.5',
    );
    expect(values).toMatchObject({
      t2_rules_made: '1',
      t2_rules_valid: '3',
      t2_normative_made: '4',
      t2_license_decisions: '7',
      t2_coercion_decisions: '9',
      t2_fee_amount: '10.5',
    });
  });

  it('keeps a grid row’s empty cells blank in their columns, not shifting the next row', () => {
    const { values, rows } = read(T2_2021, '规章\t\t\t\n行政规范性文件\t4\t5\t6');
    expect([values.t2_rules_made, values.t2_rules_repealed, values.t2_rules_valid]).toEqual([
      '',
      '',
      '',
    ]);
    expect(values.t2_normative_made).toBe('4');
    expect(rows.short).toEqual([]);
  });

  it('leaves a row blank when its numbers are missing, not shifting the next row', () => {
    const { values, rows } = read(T2_2021, '规章\n行政规范性文件 4 5 6');
    expect(values.t2_rules_made).toBeUndefined();
    expect(values.t2_normative_made).toBe('4');
    expect(rows.short.map((s) => [s.spec.key, s.got])).toContainEqual(['规章', 0]);
  });

  it('reads "5 ∅ ∅ ∅ ∅ ∅ 5" in a grid row as 自然人 5 and 总计 5', () => {
    const { values } = read(T3_2021, '一、本年新收政府信息公开申请数量\t5\t\t\t\t\t\t5');
    expect(values.t3_new_natural).toBe('5');
    expect(values.t3_new_business).toBe('');
    expect(values.t3_new_total).toBe('5');
  });

  it('reads a merged number repeated into every column it spans once', () => {
    const { values, rows } = read(
      T2_2021,
      '| 行政许可 | 17 | 17 | 17 |\n| 行政处罚 | 18 | 18 | 18 |',
    );
    expect(values.t2_license_decisions).toBe('17');
    expect(values.t2_penalty_decisions).toBe('18');
    expect(rows.leftover).toEqual([]);
  });

  it('reports numbers no row can take', () => {
    const { rows } = read(T2_2021, '规章 1 2 3 99');
    expect(rows.leftover.map((t) => t.raw)).toEqual(['99']);
  });

  it('keeps （六）其他处理, （七）总计 and 四、结转下年度 apart', () => {
    const { values } = read(
      T3_2019,
      '（六）其他处理 1 0 0 0 0 0 1\n（七）总计 2 0 0 0 0 0 2\n四、结转下年度继续办理 3 0 0 0 0 0 3',
    );
    expect(values.t3_other_handling_total).toBe('1');
    expect(values.t3_result_total_total).toBe('2');
    expect(values.t3_carry_next_total).toBe('3');
  });
});

describe('readRows: numbers printed apart from their labels (PDF text)', () => {
  it('puts a label-less full row into the row still missing before the next label', () => {
    const { values, rows } = read(
      T3_2021,
      [
        '（一）予以公开 1 0 0 0 0 0 1',
        // （二）部分公开's label was printed elsewhere (as an image, or cut off): its row has none.
        '2 0 0 0 0 0 2',
        '（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0',
      ].join('\n'),
    );
    expect(values.t3_partial_natural).toBe('2');
    expect(values.t3_partial_total).toBe('2');
    expect(values.t3_deny_secret_total).toBe('0');
    expect(rows.unlabelled.size).toBe(1);
    expect(rows.leftover).toEqual([]);
  });

  it('leaves numbers with no room and no missing row over, never in another row', () => {
    const { values, rows } = read(
      T3_2021,
      ['（一）予以公开 1 0 0 0 0 0 1', '（二）部分公开 0 0 0 0 0 0 0', '5 5'].join('\n'),
    );
    expect(values.t3_deny_secret_natural).toBeUndefined();
    expect(rows.leftover.map((t) => t.raw)).toEqual(['5', '5']);
  });
});
