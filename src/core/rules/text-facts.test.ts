import { describe, expect, it } from 'vitest';
import { chineseNumber } from '../number';
import { TEMPLATES } from '../templates';
import { findStatements, TEXT_FACTS, type TextFact } from './text-facts';

type FactId = TextFact['id'];

/** [fact id, value] of every statement found, in the order found. */
function facts(text: string): [FactId, number][] {
  return findStatements(text).map((s) => [s.fact.id, s.value]);
}

describe('findStatements', () => {
  it.each([
    ['共收到政府信息公开申请15件', 'received', 15],
    ['本年度共收到政府信息公开申请15件，', 'received', 15],
    ['收到并办理1起依申请公开事项', 'received', 1],
    ['2020年，李楼镇收到并办理1起依申请公开事项，均已按要求答复完毕。', 'received', 1],
    ['全县共收到政府信息依申请公开0件', 'received', 0],
    ['2020年，我镇共收到政府信息公开申请0件。', 'received', 0],
    ['未收到过公开申请', 'received', 0],
    ['上年结转2件', 'carried', 2],
    ['结转下年度继续办理1件', 'carry_next', 1],
    ['行政复议2件', 'review', 2],
    ['行政诉讼3件', 'suit', 3],
    ['予以公开6件', 'open', 6],
    ['共收到政府信息公开申请１５件', 'received', 15],
    ['共收到政府信息公开申请十五件', 'received', 15],
    ['行政复议两件', 'review', 2],
    ['共受理政府信息公开申请3件', 'received', 3],
    ['没有收到政府信息公开申请', 'received', 0],
    ['上年度结转1件', 'carried', 1],
    ['结转至下一年度办理1件', 'carry_next', 1],
    ['发生行政诉讼案件2起', 'suit', 2],
  ] as [string, FactId, number][])('%j states %s = %d', (text, id, value) => {
    expect(facts(text)).toEqual([[id, value]]);
  });

  it('reads "未发生…行政复议和行政诉讼" as zero reviews and zero suits', () => {
    const found = facts('未发生由政府信息公开引发的举报、投诉、行政复议和行政诉讼');
    expect(found).toHaveLength(2);
    expect(found).toEqual(
      expect.arrayContaining([
        ['review', 0],
        ['suit', 0],
      ]),
    );
  });

  it('reads "未发生…行政复议、行政诉讼案件" as zero reviews and zero suits', () => {
    expect(facts('未发生因政府信息公开申请引起的行政复议、行政诉讼案件')).toEqual(
      expect.arrayContaining([
        ['review', 0],
        ['suit', 0],
      ]),
    );
  });

  it('finds every statement of a paragraph, with the words that state it', () => {
    const text =
      '本年度共收到政府信息公开申请15件，上年结转2件，其中予以公开6件，结转下年度继续办理1件。' +
      '本年度发生政府信息公开行政复议2件；行政诉讼2件。';
    const found = findStatements(text);
    expect(found.map((s) => [s.fact.id, s.value])).toEqual(
      expect.arrayContaining([
        ['received', 15],
        ['carried', 2],
        ['open', 6],
        ['carry_next', 1],
        ['review', 2],
        ['suit', 2],
      ]),
    );
    expect(found).toHaveLength(6);
    for (const s of found) expect(text).toContain(s.quote);
    const received = found.find((s) => s.fact.id === 'received');
    expect(received?.quote).toContain('15件');
  });

  it('quotes the text as written, with its full-width digits read', () => {
    const [statement] = findStatements('共收到政府信息公开申请１５件');
    expect(statement?.value).toBe(15);
    expect(statement?.quote).toContain('收到政府信息公开申请');
  });

  it.each([
    '公开政府信息368条',
    '主动公开政府信息368条。',
    '2020年',
    '2024年1月1日至2024年12月31日',
    '组织业务培训2次',
    '在15个行政村（社区）更新政务公开栏',
    '全年制发行政规范性文件3件，废止1件，现行有效12件',
    '公开行政许可处理决定46件、行政处罚决定18件',
    '全年未发生泄密事件。',
    // A deadline, not a count: 条例第三十三条's 20 working days.
    '均在收到政府信息公开申请20个工作日内予以答复',
    '',
  ])('%j states nothing about the tables', (text) => {
    expect(findStatements(text)).toEqual([]);
  });

  it.each(TEMPLATES)(
    '$id: the facts point at the 总计 cells of the public contract',
    (template) => {
      const cells = Object.fromEntries(TEXT_FACTS.map((f) => [f.id, [...f.cells(template)]]));
      expect(cells).toEqual({
        received: ['t3_new_total'],
        carried: ['t3_carried_total'],
        carry_next: ['t3_carry_next_total'],
        open: ['t3_open_total'],
        review: ['t4_review_total'],
        suit: ['t4_suit_direct_total', 't4_suit_after_total'],
      });
    },
  );
});

describe('chineseNumber', () => {
  it.each([
    ['0', 0],
    ['15', 15],
    ['368', 368],
    ['零', 0],
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['二十三', 23],
    ['一百', 100],
    ['一百零二', 102],
    ['一百一十', 110],
    ['两百', 200],
    ['三百一十二', 312],
    ['一千零五十', 1050],
    ['二〇二一', 2021],
    ['二〇二〇', 2020],
  ])('%j → %d', (text, value) => {
    expect(chineseNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '十五件', '1.5', '五a'])('%j is not a number', (text) => {
    expect(chineseNumber(text)).toBeUndefined();
  });
});

describe('findStatements on PDF and OCR text and other phrasings', () => {
  const facts = (text: string) => findStatements(text).map((s) => `${s.fact.id}=${s.value}`);

  it.each([
    ['全年受理政府信息公开申请 12 件，上年结转 2 件。', ['received=12', 'carried=2']],
    ['接收群众各类政府信息公开申请共计12件。', ['received=12']],
    ['收到依申请信息公开3件。', ['received=3']],
    ['全年办理政府信息公开申请5件。', ['received=5']],
    ['共办理8件，结转下一年 1 件。', ['carry_next=1']],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it('does not take "no 行政复议纠错 or 诉讼败诉" for "no cases"', () => {
    expect(facts('未发生因政府信息公开引发的行政复议纠错或行政诉讼败诉情况。')).toEqual([]);
    expect(facts('未发生行政复议和行政诉讼。')).toEqual(['review=0', 'suit=0']);
  });
});
