/** Web pages as published: navigation and footer around the article, spans, GBK encoding. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from './source/html-text';
import { importHtml } from './import-html';
import { fixtureReport as report } from '../../testing/fixtures';

const root = new URL('../../fixtures/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, root)));

describe('importHtml', () => {
  it('reads a UTF-8 page: the report exactly, the site around it left out', () => {
    const result = importHtml(bytes('import/page-2021.html'));
    if (!result.ok) throw new Error(result.message);
    const expected = report('import/distinct-2021.json');
    expect(result.input).toBe('html');
    expect(result.report.cells).toEqual(expected.cells);
    expect(result.report.meta).toEqual(expected.meta);
    expect(result.report.text).toEqual(expected.text);
    expect(result.unplaced).toEqual([]);
  });

  it('reads a GB2312 page from its bytes', () => {
    const result = importHtml(bytes('import/page-2019-gbk.html'));
    if (!result.ok) throw new Error(result.message);
    const expected = report('import/distinct-2019.json');
    expect(result.report.cells).toEqual(expected.cells);
    expect(result.report.meta).toEqual(expected.meta);
    expect(result.report.text).toEqual(expected.text);
  });

  it('reads HTML text from the clipboard: a table fragment with spans', () => {
    const html = `<table><tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
      <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
      <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
      <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>9</td><td>2</td><td>1</td><td>1</td><td>1</td><td>1</td><td>15</td></tr>
      <tr><td colspan="3">二、上年结转政府信息公开申请数量</td><td>1</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>
      <tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>4</td><td>1</td><td>1</td><td>0</td><td>0</td><td>0</td><td>6</td></tr>
      <tr><td colspan="2">（二）部分公开（区分处理的，<br>只计这一情形，不计其他情形）</td><td>1</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>2</td></tr></table>`;
    const result = importHtml(html, { year: 2024, org: '青山镇' });
    if (!result.ok) throw new Error(result.message);
    expect(result.report.cells).toMatchObject({
      t3_new_natural: 9,
      t3_new_total: 15,
      t3_carried_total: 2,
      t3_open_total: 6,
      t3_partial_nonprofit: 1,
      t3_partial_total: 2,
    });
  });

  it('reads a table built of divs as grid rows, a merged label printed once', () => {
    const html = `<html><body><h1>某镇人民政府2024年政府信息公开工作年度报告</h1>
      <div class="tb">
        <div class="tr"><div class="td">项目</div><div class="td">自然人</div><div class="td">总计</div></div>
        <div class="tr"><div class="td">三<br>、<br>办<br>理</div><div class="td">5</div><div class="td">5</div></div>
        <div class="tr"><div class="td"></div><div class="td">—</div><div class="td">无</div></div>
      </div></body></html>`;
    expect(htmlToText(html).split('\n').slice(1)).toEqual([
      '项目\t自然人\t总计',
      '三 、 办 理\t5\t5',
      '\t—\t无',
    ]);
  });

  it('looks inside a table that lays out the whole page', () => {
    const inner = readFileSync(new URL('import/page-2021.html', root), 'utf8')
      .replace(/^[\s\S]*<div class="article">/, '')
      .replace(/<\/div>\s*<div class="footer">[\s\S]*$/, '');
    const page = `<html><body><table><tr><td>导航</td></tr><tr><td>${inner}</td></tr></table></body></html>`;
    const result = importHtml(page);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.cells).toEqual(report('import/distinct-2021.json').cells);
  });

  it('takes the title from <title> when the page body has none', () => {
    const text = htmlToText(
      '<html><head><title>某某镇2023年政府信息公开工作年度报告_某某镇人民政府</title></head><body><div class="nav">首页</div><div><p>一、总体情况</p><p>正文。</p><p>二、主动公开政府信息情况</p></div></body></html>',
    );
    expect(text.split('\n')).toEqual([
      '某某镇2023年政府信息公开工作年度报告',
      '一、总体情况',
      '正文。',
      '二、主动公开政府信息情况',
    ]);
  });

  it('says what was expected when the page is not a report', () => {
    const result = importHtml('<html><body><p>欢迎访问</p></body></html>');
    expect(result.ok).toBe(false);
  });
});
