import { describe, expect, it } from 'vitest';
import {
  isSignatureLine,
  orgInText,
  orgTypeOf,
  parseDateLine,
  parseTitle,
  yearInText,
} from './meta';

describe('parseTitle', () => {
  it.each([
    ['练寺镇人民政府 2020年政府信息公开工作年度报告', '练寺镇人民政府', 2020],
    ['绥滨镇 2020 年政府信息公开工作年度报告', '绥滨镇', 2020],
    ['2024年政府信息公开工作年度报告', '', 2024],
    ['《青山镇2024年度政府信息公开工作年度报告》', '青山镇', 2024],
    ['扶沟县政府办公室２０２０年政府信息公开工作年度报告', '扶沟县政府办公室', 2020],
    ['某某街道办事处2023年政府信息公开工作报告', '某某街道办事处', 2023],
    // The year before the 机关, and a web page's metadata field in front of the title.
    ['2019年某市人民政府办公厅政府信息公开工作年度报告', '某市人民政府办公厅', 2019],
    ['名称\t某市生态环境局2021年政府信息公开工作年度报告', '某市生态环境局', 2021],
  ])('%s', (line, org, year) => {
    expect(parseTitle(line)).toEqual({ org, year });
  });

  it('is not fooled by a sentence that names the report', () => {
    expect(
      parseTitle('现公布青山镇人民政府2024年政府信息公开工作年度报告，本报告所列数据的统计期限为'),
    ).toBeUndefined();
  });
});

describe('the rest of the meta', () => {
  it('finds the township the text is about', () => {
    expect(
      orgInText('李楼镇高度重视政府信息公开工作。积极召开李楼镇基层政务公开工作推进会议。'),
    ).toBe('李楼镇');
    expect(orgInText('现公布青山镇年报。青山镇严格落实。全镇各村。青山镇将继续。')).toBe('青山镇');
    expect(orgInText('各乡镇、街道要按要求公开。')).toBeUndefined();
  });

  it('takes the statistics period, else the year named most', () => {
    expect(yearInText('统计期限为2024年1月1日至2024年12月31日。2025年将继续。')).toBe(2024);
    expect(yearInText('2020年，我镇…2020年全年录入信息241条。2021年我们将…')).toBe(2020);
    expect(yearInText('没有年份')).toBeUndefined();
  });

  it('reads 成文日期 in digits and in Chinese numerals', () => {
    expect(parseDateLine('2021 年 1 月 15 日')).toBe('2021-01-15');
    expect(parseDateLine('二〇二五年一月二十日')).toBe('2025-01-20');
    expect(parseDateLine('2025年12月31日')).toBe('2025-12-31');
    expect(parseDateLine('2025年13月1日')).toBeUndefined();
    expect(parseDateLine('截至2025年1月20日，共收到申请3件')).toBeUndefined();
  });

  it('tells a 署名 line from the last paragraph', () => {
    expect(isSignatureLine('绥滨镇人民政府')).toBe(true);
    expect(isSignatureLine('扶沟县人民政府办公室')).toBe(true);
    expect(isSignatureLine('无')).toBe(false);
    expect(isSignatureLine('无其他需要报告的事项。')).toBe(false);
  });

  it.each([
    ['练寺镇人民政府', 'township'],
    ['祥云镇', 'township'],
    ['某某街道办事处', 'township'],
    ['扶沟县人民政府', 'county-government'],
    ['扶沟县政府办公室', 'department'],
    ['某某市生态环境局', 'department'],
  ])('%s is a %s', (org, type) => {
    expect(orgTypeOf(org)).toBe(type);
  });
});
