import { describe, expect, it } from 'vitest';
import { joinParagraphs } from './paragraphs';

describe('joinParagraphs', () => {
  it('joins lines broken inside a sentence, even across blank lines', () => {
    expect(
      joinParagraphs(['2020 年，绥滨镇按照县委、县政府的统一部署，认真贯', '', '彻落实《条例》。']),
    ).toEqual(['2020 年，绥滨镇按照县委、县政府的统一部署，认真贯彻落实《条例》。']);
  });

  it('starts a paragraph after 。！？：；, half-width ones too', () => {
    expect(joinParagraphs(['主要表现在:', '一是…。', '二是”。', '三是'])).toEqual([
      '主要表现在:',
      '一是…。',
      '二是”。',
      '三是',
    ]);
  });

  it('keeps sub-headings and list items on their own line', () => {
    expect(
      joinParagraphs([
        '（一）主动公开政府信息情况',
        '累计主动公开政府政务信息0条，采用',
        '主动公开的形式为：',
        '1、通过政府门户网站公布；',
        '(二) 政府信息依申请公开办理情况',
        '共收到申请0件',
        '（三）加强领导，统一部署。成立领导小组，',
        '负责日常工作。',
      ]),
    ).toEqual([
      '（一）主动公开政府信息情况',
      '累计主动公开政府政务信息0条，采用主动公开的形式为：',
      '1、通过政府门户网站公布；',
      '(二) 政府信息依申请公开办理情况',
      '共收到申请0件',
      '（三）加强领导，统一部署。成立领导小组，负责日常工作。',
    ]);
  });
});
