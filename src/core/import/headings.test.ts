import { describe, expect, it } from 'vitest';
import { headingSection } from './headings';

describe('headingSection', () => {
  it.each([
    ['一、总体情况', 'overview'],
    ['一、工作基本情况', 'overview'],
    ['1、总体情况', 'overview'],
    ['总体情况', 'overview'],
    ['二、主动公开政府信息情况', 'active'],
    ['二、行政机关主动公开政府信息情况', 'active'],
    ['三、收到和处理政府信息公开申请情况', 'requests'],
    ['四、政府信息公开行政复议、行政诉讼情况', 'review'],
    ['五、存在的主要问题及改进情况', 'problems'],
    ['五、政府信息公开工作存在的主要问题及改进情况', 'problems'],
    ['六、其他需要报告的事项', 'other'],
    ['第六部分 其他需要报告的事项', 'other'],
    ['五、存在的主要问题及改进情况：', 'problems'],
  ])('%s → %s', (line, section) => {
    expect(headingSection(line)).toBe(section);
  });

  it.each([
    '一、本年新收政府信息公开申请数量',
    '二、上年结转政府信息公开申请数量',
    '三、本年度办理结果',
    '四、结转下年度继续办理',
    '3.补正后申请内容仍不明确 0 0 0 0 0 0 0',
    '2、主动公开政府信息主要类别包括机构信息、工作动态等。',
    '1.主动公开政府信息情况',
    '一是加强领导，提高认识',
    '三、收到和处理政府信息公开申请情况\t0',
  ])('%s is not a section heading', (line) => {
    expect(headingSection(line)).toBeUndefined();
  });
});
