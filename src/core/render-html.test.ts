import { parse, parseFragment } from 'parse5';
import { attr, deepText, elements, type ParentNode } from '../testing/html-tree';
import { describe, expect, it } from 'vitest';
import { layoutReport, reportTitle } from './layout';
import { renderHtml } from './render-html';
import { type Report } from './report';
import { getTemplate } from './templates';
import type { GridCell, TableId } from './template-types';
import { REPORT_FIXTURES as FIXTURES, reportFixture as fixture } from '../testing/fixtures';

const byTag = (node: ParentNode, tag: string) => elements(node).filter((e) => e.tagName === tag);
function text(node: ParentNode): string {
  return node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
}

function parseDocument(html: string) {
  const errors: string[] = [];
  const document = parse(html, { onParseError: (e) => errors.push(e.code) });
  return { document, errors };
}

const expectedCell = (cell: GridCell, report: Report) => ({
  text: cell.type === 'label' ? cell.text : String(report.cells[cell.id] ?? 0),
  rowspan: cell.type === 'label' ? (cell.rowSpan ?? 1) : 1,
  colspan: cell.colSpan ?? 1,
});

describe('renderHtml', () => {
  it.each(FIXTURES)('%s: a valid page whose tables are the template grid', (name) => {
    const report = fixture(name);
    const html = renderHtml(report, { document: true });
    const { document, errors } = parseDocument(html);
    expect(errors).toEqual([]);
    const template = getTemplate(report.template);
    const tables = byTag(document, 'table');
    expect(tables).toHaveLength(3);
    (['t2', 't3', 't4'] as TableId[]).forEach((id, i) => {
      const def = template.tables[id];
      const table = tables[i];
      if (!table) throw new Error(`table ${id} missing`);
      expect(attr(table, 'border')).toBe('1');
      const thead = byTag(table, 'thead');
      expect(thead).toHaveLength(def.header.length > 0 ? 1 : 0);
      const headRows = thead.flatMap((h) => byTag(h, 'tr'));
      const bodyRows = byTag(table, 'tbody').flatMap((b) => byTag(b, 'tr'));
      expect(headRows).toHaveLength(def.header.length);
      expect(bodyRows).toHaveLength(def.body.length);
      const actual = [...headRows, ...bodyRows].map((tr) =>
        elements(tr)
          .filter((e) => e.tagName === 'td' || e.tagName === 'th')
          .map((cell) => ({
            text: text(cell),
            rowspan: Number(attr(cell, 'rowspan') ?? 1),
            colspan: Number(attr(cell, 'colspan') ?? 1),
          })),
      );
      const expected = [...def.header, ...def.body].map((row) =>
        row.map((cell) => expectedCell(cell, report)),
      );
      expect(actual, def.name).toEqual(expected);
      expect(headRows.flatMap((tr) => byTag(tr, 'td'))).toEqual([]);
    });
  });

  it.each(FIXTURES)('%s: semantic headings and paragraphs in order', (name) => {
    const report = fixture(name);
    const { document } = parseDocument(renderHtml(report, { document: true }));
    const blocks = layoutReport(report);
    const flow = elements(document)
      .filter((e) => ['h1', 'h2', 'h3', 'p'].includes(e.tagName))
      .map((e) => `${e.tagName} ${deepText(e)}`);
    const expected = blocks.flatMap((b) => {
      if (b.type === 'title') return [`h1 ${b.text}`];
      if (b.type === 'heading') return [`h${b.level + 1} ${b.text}`];
      if (b.type === 'paragraph') return [`p ${b.text}`];
      if (b.type === 'signature') return b.lines.map((l) => `p ${l}`);
      return [];
    });
    expect(flow).toEqual(expected);
    expect(byTag(document, 'title').map(deepText)).toEqual([reportTitle(report)]);
    const meta = byTag(document, 'meta').map((m) => attr(m, 'charset'));
    expect(meta).toEqual(['utf-8']);
  });

  it('has no scripts, event handlers or external resources', () => {
    for (const name of FIXTURES) {
      for (const html of [
        renderHtml(fixture(name)),
        renderHtml(fixture(name), { document: true }),
      ]) {
        const all = elements(parse(html));
        expect(all.filter((e) => ['script', 'link', 'img', 'iframe'].includes(e.tagName))).toEqual(
          [],
        );
        for (const e of all) {
          for (const a of e.attrs) {
            expect(a.name).not.toMatch(/^on|^src$|^href$/);
            expect(a.value).not.toMatch(/url\(|javascript:/i);
          }
        }
      }
    }
  });

  it('gives a bare fragment for pasting, starting with the title', () => {
    const report = fixture('example-2021');
    const html = renderHtml(report);
    expect(html).not.toMatch(/<(html|head|body|style|meta)\b/);
    const fragment = parseFragment(html);
    const first = elements(fragment)[0];
    expect(first?.tagName).toBe('h1');
    expect(first && deepText(first)).toBe('青山镇人民政府2024年政府信息公开工作年度报告');
    expect(byTag(fragment, 'table')).toHaveLength(3);
  });

  it('keeps the title whole: it may break only after the 机关名称, as the Word file does', () => {
    const fragment = parseFragment(renderHtml(fixture('example-2021')));
    const [h1] = byTag(fragment, 'h1');
    const parts = h1 ? byTag(h1, 'span') : [];
    expect(parts.map(deepText)).toEqual(['青山镇人民政府', '2024年政府信息公开工作年度报告']);
    for (const part of parts) expect(attr(part, 'style')).toBe('white-space:nowrap');
    expect(h1 && byTag(h1, 'wbr')).toHaveLength(1);
  });

  it('escapes every text', () => {
    const report = fixture('example-2021');
    report.meta.org = '<b>&amp;"某镇"</b>';
    report.text.other = "<script>alert('x')</script>\n（一）<i>标题</i>";
    report.cells.t2_fee_amount = '<em>12</em>';
    const html = renderHtml(report, { document: true });
    expect(html).toContain('&lt;b&gt;&amp;amp;&quot;某镇&quot;&lt;/b&gt;');
    const { document } = parseDocument(html);
    expect(elements(document).map((e) => e.tagName)).not.toContain('b');
    expect(elements(document).map((e) => e.tagName)).not.toContain('script');
    expect(elements(document).map((e) => e.tagName)).not.toContain('em');
    const [h1] = byTag(document, 'h1');
    expect(h1 && deepText(h1)).toBe('<b>&amp;"某镇"</b>2024年政府信息公开工作年度报告');
    expect(byTag(document, 'p').map(deepText)).toContain("<script>alert('x')</script>");
    expect(byTag(document, 'td').map(deepText)).toContain('<em>12</em>');
  });
});
