import { describe, expect, it } from 'vitest';
import { reportFixture as fixture } from '../../testing/fixtures';
import { hasFigure, sentences, textParts } from './text-parts';

describe('textParts', () => {
  it('reads the format’s sub-headings of the 2021 example', () => {
    const parts = textParts(fixture('example-2021').text.overview ?? '');
    expect(parts.map((p) => p.line)).toEqual([
      '（一）主动公开',
      '（二）依申请公开',
      '（三）政府信息管理',
      '（四）政府信息公开平台建设',
      '（五）监督保障',
    ]);
    expect(parts[0]?.body).toContain('主动公开政府信息368条');
    expect(parts[0]?.body).not.toContain('（一）');
  });

  it('keeps the lead text, half-width brackets and headings that open a paragraph', () => {
    const parts = textParts(fixture('seed-004').text.overview ?? '');
    expect(parts[0]?.heading).toBe('');
    expect(parts[0]?.body).toContain('五公开原则');
    expect(parts.map((p) => p.heading)).toContain('主动公开政府信息情况');
    expect(parts.map((p) => p.heading)).toContain('政府信息公开监督保障及教育培训情况'); // "(六) …"
    const inline = textParts('（一）加强领导，统一部署。成立领导小组。\n（二）建立机制。');
    expect(inline.map((p) => [p.heading, p.body])).toEqual([
      ['加强领导，统一部署', '成立领导小组。'],
      ['建立机制', ''],
    ]);
  });

  it('a long numbered paragraph is not a heading by its whole first clause', () => {
    const long = `（一）${'我镇严格落实条例规定'.repeat(6)}。其余内容。`;
    const [part] = textParts(long);
    expect(part?.heading).toBe('');
    expect(part?.body).toContain('我镇严格落实条例规定');
  });

  it('only headings of the first style split: （一） inside 一、 parts stays their text', () => {
    const parts = textParts('一、主动公开\n（一）网站\n发布120条。\n二、依申请公开\n收到3件。');
    expect(parts.map((p) => p.heading)).toEqual(['主动公开', '依申请公开']);
    expect(parts[0]?.body).toContain('（一）网站');
  });
});

describe('sentences and figures', () => {
  it('splits at 。！？ and line breaks, not at ；', () => {
    expect(sentences('甲；乙。丙！\n丁')).toEqual(['甲；乙。', '丙！', '丁']);
  });

  it('counts numbers, not years, dates, document numbers or set phrases', () => {
    expect(hasFigure('发布信息126条')).toBe(true);
    expect(hasFigure('覆盖率达100%')).toBe(true);
    expect(hasFigure('开通两个政务新媒体账号')).toBe(true);
    expect(hasFigure('2024年，政务新媒体运行平稳')).toBe(false);
    expect(hasFigure('12月16日完成改版')).toBe(false);
    expect(hasFigure('按照某政办发〔2025〕12号要求')).toBe(false);
    expect(hasFigure('统一部署，进一步规范政务新媒体，推进一网通办')).toBe(false);
    expect(hasFigure('高效办成一件事，第一时间回应')).toBe(false);
  });
});
