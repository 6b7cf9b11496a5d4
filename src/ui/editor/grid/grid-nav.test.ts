import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../../core';
import { gridNav, parseBlock, pastePlan } from './grid-nav';

const t3 = gridNav(getTemplate('2021').tables.t3);
const plan = (from: string, rows: string[]) => pastePlan(t3, from, parseBlock(rows.join('\r\n')));

describe('pasting a block into a table', () => {
  it('fills figures only from the focused cell, as before', () => {
    expect(plan('t3_new_business', ['1\t2', '3\t4']).targets).toEqual([
      ['t3_new_business', '1'],
      ['t3_new_research', '2'],
      ['t3_carried_business', '3'],
      ['t3_carried_research', '4'],
    ]);
  });

  it('drops the label columns of a whole row copied from Excel, merged label cells included', () => {
    // 一、… spans three label columns: Excel gives two empty cells after it.
    const result = plan('t3_new_natural', [
      '一、本年新收政府信息公开申请数量\t\t\t1\t2\t3\t4\t5\t6\t21',
    ]);
    expect(result.labelled).toBe(1);
    expect(result.targets).toEqual([
      ['t3_new_natural', '1'],
      ['t3_new_business', '2'],
      ['t3_new_research', '3'],
      ['t3_new_nonprofit', '4'],
      ['t3_new_legal', '5'],
      ['t3_new_other', '6'],
      ['t3_new_total', '21'],
    ]);
  });

  it('lands a row on the row its heading names, wherever the focus is, and skips header rows', () => {
    const result = plan('t3_new_legal', [
      '\t\t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
      '三、本年度办理结果\t（一）予以公开\t\t7\t\t1',
      '\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t2',
      '\t\t\t9',
    ]);
    expect(result.labelled).toBe(2);
    expect(result.targets).toEqual([
      ['t3_open_natural', '7'],
      ['t3_open_business', ''],
      ['t3_open_research', '1'],
      ['t3_partial_natural', '2'],
      ['t3_deny_secret_natural', '9'],
    ]);
  });

  it('aligns a row copied without the outer label column by its heading', () => {
    expect(plan('t3_new_natural', ['1.属于国家秘密\t4\t5']).targets).toEqual([
      ['t3_deny_secret_natural', '4'],
      ['t3_deny_secret_business', '5'],
    ]);
  });

  it('keeps a figure with a unit and a typo as values, not headings', () => {
    expect(plan('t3_new_natural', ['12件\tabc']).targets).toEqual([
      ['t3_new_natural', '12件'],
      ['t3_new_business', 'abc'],
    ]);
  });
});
