import { beforeAll, describe, expect, it } from 'vitest';
import {
  actualRow,
  attr,
  child,
  children,
  content,
  expectedRows,
  parts,
  textOf,
  xml,
  type Node,
} from '../testing/docx-structure';
import { columnTwips, estimatedLines } from './docx/table';
import { layoutReport, placeGrid } from './layout';
import { renderDocx } from './render-docx';
import { type Report } from './report';
import { getTemplate } from './templates';
import type { TableId } from './template-types';
import { REPORT_FIXTURES as FIXTURES, reportFixture as fixture } from '../testing/fixtures';

interface Rendered {
  report: Report;
  files: Record<string, string>;
  body: Node;
  paragraphs: Node[];
  tables: Node[];
}

const rendered = new Map<string, Rendered>();

beforeAll(async () => {
  for (const name of FIXTURES) {
    const report = fixture(name);
    const files = parts(await renderDocx(report));
    const body = child(child(xml(files['word/document.xml']), 'w:document'), 'w:body') ?? {};
    rendered.set(name, {
      report,
      files,
      body,
      paragraphs: children(body, 'w:p'),
      tables: children(body, 'w:tbl'),
    });
  }
});

function get(name: string): Rendered {
  const r = rendered.get(name);
  if (!r) throw new Error(`not rendered: ${name}`);
  return r;
}

function paragraphWith(r: Rendered, text: string): Node {
  const found = r.paragraphs.filter((p) => textOf(p) === text);
  expect(found, text).toHaveLength(1);
  return found[0] ?? {};
}

function runFonts(p: Node): { eastAsia?: string; ascii?: string; size?: string }[] {
  return children(p, 'w:r').map((run) => {
    const pr = child(run, 'w:rPr');
    const fonts = child(pr, 'w:rFonts');
    return {
      eastAsia: attr(fonts, 'eastAsia'),
      ascii: attr(fonts, 'ascii'),
      size: attr(child(pr, 'w:sz'), 'val'),
    };
  });
}

function expectRuns(p: Node, eastAsia: string, size: number) {
  const runs = runFonts(p);
  expect(runs.length).toBeGreaterThan(0);
  for (const run of runs) {
    expect(run).toEqual({ eastAsia, ascii: 'Times New Roman', size: String(size) });
  }
}

const pPr = (p: Node) => child(p, 'w:pPr');

describe('renderDocx page setup', () => {
  it('is A4 with the GB/T 9704 margins', () => {
    const sect = child(get('example-2021').body, 'w:sectPr');
    const size = child(sect, 'w:pgSz');
    expect([attr(size, 'w'), attr(size, 'h')]).toEqual(['11906', '16838']);
    const margin = child(sect, 'w:pgMar');
    expect({
      top: attr(margin, 'top'),
      bottom: attr(margin, 'bottom'),
      left: attr(margin, 'left'),
      right: attr(margin, 'right'),
    }).toEqual({ top: '2098', bottom: '1984', left: '1587', right: '1474' });
  });

  it('numbers pages "— n —" in 宋体 四号, odd pages right and even pages left', () => {
    const { files, body } = get('example-2021');
    expect(files['word/settings.xml']).toMatch(/<w:evenAndOddHeaders\/>/);
    const rels = xml(files['word/_rels/document.xml.rels']);
    const targets = new Map(
      children(child(rels, 'Relationships'), 'Relationship').map((rel) => [
        rel['@_Id'] as string,
        rel['@_Target'] as string,
      ]),
    );
    const refs = children(child(body, 'w:sectPr'), 'w:footerReference');
    const footerOf = (type: string) => {
      const ref = refs.find((f) => attr(f, 'type') === type);
      const target = targets.get(String(ref?.['@_r:id']));
      const footer = child(xml(files[`word/${target ?? ''}`]), 'w:ftr');
      const [p] = children(footer, 'w:p');
      return p ?? {};
    };
    for (const [type, jc, side] of [
      ['default', 'right', 'right'],
      ['even', 'left', 'left'],
    ] as const) {
      const p = footerOf(type);
      expect(attr(child(pPr(p), 'w:jc'), 'val')).toBe(jc);
      // One character of 四号 (14 pt = 280 twips) between the number and the 版心 edge.
      expect(attr(child(pPr(p), 'w:ind'), side)).toBe('280');
      expect(textOf(p)).toBe('—  —');
      const instr = children(p, 'w:r').flatMap((r) => children(r, 'w:instrText'));
      expect(instr.map((t) => content(t).trim())).toEqual(['PAGE']);
      for (const run of children(p, 'w:r')) {
        const pr = child(run, 'w:rPr');
        expect(attr(child(pr, 'w:rFonts'), 'eastAsia')).toBe('宋体');
        expect(attr(child(pr, 'w:sz'), 'val')).toBe('28');
      }
    }
  });
});

describe('renderDocx text', () => {
  it('sets the title in 方正小标宋简体 二号, centred, broken after the 机关名称', () => {
    const r = get('example-2021');
    const [title] = r.paragraphs;
    expect(textOf(title ?? {})).toBe('青山镇人民政府2024年政府信息公开工作年度报告');
    expect(attr(child(pPr(title ?? {}), 'w:jc'), 'val')).toBe('center');
    expectRuns(title ?? {}, '方正小标宋简体', 44);
    expect(children(title, 'w:r').map((run) => 'w:br' in run)).toEqual([false, true]);
  });

  it('keeps a title that fits on one line', () => {
    const [title] = get('seed-004').paragraphs;
    expect(textOf(title ?? {})).toBe('李楼镇2020年政府信息公开工作年度报告');
    expect(children(title, 'w:r')).toHaveLength(1);
  });

  it.each(FIXTURES)(
    '%s: headings in 黑体 and 楷体_GB2312, body in 仿宋_GB2312, all 三号 with exact 22-line spacing',
    (name) => {
      const r = get(name);
      const blocks = layoutReport(r.report);
      for (const section of getTemplate(r.report.template).sections) {
        const p = paragraphWith(r, section.heading);
        expectRuns(p, '黑体', 32);
        expect(attr(child(pPr(p), 'w:pStyle'), 'val')).toBe('Heading1');
      }
      let body = 0;
      for (const block of blocks) {
        if (block.type === 'heading' && block.level === 2) {
          const p = paragraphWith(r, block.text);
          expectRuns(p, '楷体_GB2312', 32);
          expect(attr(child(pPr(p), 'w:pStyle'), 'val')).toBe('Heading2');
        }
        if (block.type !== 'paragraph') continue;
        body++;
        const p = paragraphWith(r, block.text);
        expectRuns(p, '仿宋_GB2312', 32);
        expect(attr(child(pPr(p), 'w:ind'), 'firstLine')).toBe('640');
        // 两端对齐, punctuation allowed to hang past the margin (LibreOffice drops it otherwise).
        expect(attr(child(pPr(p), 'w:jc'), 'val')).toBe('both');
        const overflow = child(pPr(p), 'w:overflowPunct');
        expect(overflow).toBeDefined();
        expect(['true', '1', 'on', undefined]).toContain(attr(overflow, 'val'));
        const spacing = child(pPr(p), 'w:spacing');
        // 22 lines in the 225 mm 版心: 12755 / 22 twips, rounded down.
        expect([attr(spacing, 'line'), attr(spacing, 'lineRule')]).toEqual(['579', 'exact']);
      }
      expect(body).toBeGreaterThan(2);
    },
  );

  it('sets the East-Asian font explicitly on every run of the document', () => {
    for (const r of rendered.values()) {
      const runs = [
        ...r.paragraphs,
        ...r.tables.flatMap((t) =>
          children(t, 'w:tr').flatMap((tr) =>
            children(tr, 'w:tc').flatMap((tc) => children(tc, 'w:p')),
          ),
        ),
      ].flatMap(runFonts);
      expect(runs.length).toBeGreaterThan(100);
      for (const run of runs) expect(run.eastAsia).toMatch(/\S/);
    }
  });

  it('prints the signature right-aligned two characters in, date on the next line', () => {
    const r = get('example-2021');
    const [signature, date] = r.paragraphs.slice(-2);
    expect([textOf(signature ?? {}), textOf(date ?? {})]).toEqual([
      '青山镇人民政府',
      '2025年1月20日',
    ]);
    for (const p of [signature, date]) {
      expect(attr(child(pPr(p ?? {}), 'w:jc'), 'val')).toBe('right');
      expect(attr(child(pPr(p ?? {}), 'w:ind'), 'right')).toBe('640');
      expectRuns(p ?? {}, '仿宋_GB2312', 32);
    }
  });

  it('uses the fonts chosen for machines without the GB2312 fonts', async () => {
    const report = get('example-2021').report;
    const files = parts(
      await renderDocx(report, { bodyFont: '仿宋', kaiFont: '楷体', tableFont: '宋体' }),
    );
    const body = child(child(xml(files['word/document.xml']), 'w:document'), 'w:body');
    const r = { report, files, body: body ?? {}, paragraphs: children(body, 'w:p'), tables: [] };
    expectRuns(paragraphWith(r, '（一）主动公开'), '楷体', 32);
    expectRuns(paragraphWith(r, '本年度未收取信息处理费。'), '仿宋', 32);
    const [table] = children(body, 'w:tbl');
    const [row] = children(table, 'w:tr');
    const [cell] = children(row, 'w:tc');
    expectRuns(children(cell, 'w:p')[0] ?? {}, '宋体', 21);
  });
});

describe('renderDocx tables', () => {
  const TABLES: TableId[] = ['t2', 't3', 't4'];

  it.each(FIXTURES)('%s: the three tables, each exactly the template grid', (name) => {
    const r = get(name);
    const template = getTemplate(r.report.template);
    expect(r.tables).toHaveLength(3);
    TABLES.forEach((id, i) => {
      const def = template.tables[id];
      const table = r.tables[i] ?? {};
      const tblPr = child(table, 'w:tblPr');
      expect(attr(child(tblPr, 'w:tblW'), 'w')).toBe('8844');
      expect(attr(child(tblPr, 'w:tblW'), 'type')).toBe('dxa');
      expect(attr(child(tblPr, 'w:tblLayout'), 'type')).toBe('fixed');
      const borders = child(tblPr, 'w:tblBorders');
      for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
        expect([
          attr(child(borders, `w:${side}`), 'val'),
          attr(child(borders, `w:${side}`), 'color'),
        ]).toEqual(['single', '000000']);
      }
      const grid = children(child(table, 'w:tblGrid'), 'w:gridCol').map((g) =>
        Number(attr(g, 'w')),
      );
      expect(grid).toHaveLength(def.columns);
      expect(grid.reduce((a, b) => a + b, 0)).toBe(8844);

      const expected = expectedRows(def, r.report);
      const rows = children(table, 'w:tr');
      expect(rows).toHaveLength(def.header.length + def.body.length);
      rows.forEach((tr, ri) => {
        const where = `${def.name} row ${ri}`;
        expect(actualRow(tr), where).toEqual(expected[ri]);
        const trPr = child(tr, 'w:trPr');
        expect(trPr && 'w:cantSplit' in trPr, `${where} cantSplit`).toBe(true);
        expect(trPr && 'w:tblHeader' in trPr, `${where} tblHeader`).toBe(ri < def.header.length);
        // Every cell is as wide as the grid columns it spans and holds a paragraph.
        let column = 0;
        for (const tc of children(tr, 'w:tc')) {
          const pr = child(tc, 'w:tcPr');
          const span = Number(attr(child(pr, 'w:gridSpan'), 'val') ?? 1);
          const width = grid.slice(column, column + span).reduce((a, b) => a + b, 0);
          expect(attr(child(pr, 'w:tcW'), 'w'), where).toBe(String(width));
          expect(attr(child(pr, 'w:tcW'), 'type')).toBe('dxa');
          expect(children(tc, 'w:p').length).toBeGreaterThan(0);
          for (const p of children(tc, 'w:p')) {
            for (const run of runFonts(p)) {
              expect(run).toEqual({
                eastAsia: '仿宋_GB2312',
                ascii: 'Times New Roman',
                size: '21',
              });
            }
          }
          column += span;
        }
      });
    });
  });

  it.each(['example-2021', 'seed-000'])(
    '%s: keeps header rows, heading-only rows, the first rows, wrapping rows and the start of every merge with the next row',
    (name) => {
      const r = get(name);
      const template = getTemplate(r.report.template);
      TABLES.forEach((id, i) => {
        const def = template.tables[id];
        const rows = [...def.header, ...def.body];
        const expected = new Set<number>();
        rows.forEach((row, ri) => {
          if (ri < def.header.length || row.every((c) => c.type === 'label' && c.role !== 'row')) {
            expected.add(ri);
          }
          for (const cell of row) {
            const span = cell.type === 'label' ? (cell.rowSpan ?? 1) : 1;
            if (ri < def.header.length || span < 2) continue;
            // The first rows of a merge stay together, so its label is never torn across pages.
            for (let k = ri; k < ri + Math.min(span, 4) - 1; k++) expected.add(k);
          }
        });
        if (def.body.length >= 2) expected.add(rows.length - 2);
        // A table starts with at least three body rows on one page.
        for (let k = def.header.length; k < Math.min(def.header.length + 2, rows.length); k++)
          expected.add(k);
        // Rows whose label wraps: only a one-line row may end a page (see docx/table.ts).
        const twips = columnTwips(def.widths);
        placeGrid(rows, def.columns).forEach((row, ri) => {
          for (const { cell, column } of row) {
            if (cell.type !== 'label' || (cell.rowSpan ?? 1) > 1) continue;
            const width = twips.slice(column, column + (cell.colSpan ?? 1)).reduce((a, b) => a + b);
            if (estimatedLines(cell.text, width) > 1) expected.add(ri);
          }
        });
        expected.delete(rows.length - 1);
        const kept = children(r.tables[i], 'w:tr').flatMap((tr, ri) => {
          const p = children(children(tr, 'w:tc')[0], 'w:p')[0];
          return p && 'w:keepNext' in (pPr(p) ?? {}) ? [ri] : [];
        });
        expect(kept, def.name).toEqual([...expected].sort((a, b) => a - b));
      });
    },
  );

  it('merges table 三 as the official format: corner note, 申请人情况, the result rows', () => {
    for (const [name, results] of [
      ['example-2021', 22],
      ['seed-000', 20],
    ] as const) {
      const [, t3] = get(name).tables;
      const rows = children(t3, 'w:tr').map(actualRow);
      expect(rows[0]?.slice(0, 2)).toEqual([
        { span: 3, vMerge: 'restart', text: expect.stringContaining('勾稽关系') as string },
        { span: 7, text: '申请人情况' },
      ]);
      const resultRows = rows.filter((row) => row[0]?.span === 1 && row[0].vMerge);
      expect(resultRows).toHaveLength(results);
      expect(resultRows[0]?.[0]).toEqual({
        span: 1,
        vMerge: 'restart',
        text: '三、本年度办理结果',
      });
      const deny = rows.findIndex((row) => row.some((c) => c.text === '（三）不予公开'));
      expect(rows.slice(deny, deny + 8).map((row) => row[1]?.vMerge)).toEqual([
        'restart',
        ...Array.from({ length: 7 }, () => 'continue'),
      ]);
    }
  });
});

describe('table 三 widths', () => {
  it("gives the label columns the official template's share, so long labels wrap to 3 lines, not 5", () => {
    const def = getTemplate('2021').tables.t3;
    const twips = columnTwips(def.widths);
    const [, , items = 0, ...numbers] = twips;
    const labels = twips.slice(0, 3).reduce((a, b) => a + b);
    expect(labels / twips.reduce((a, b) => a + b)).toBeGreaterThan(0.45);
    expect(
      estimatedLines(
        '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        items,
      ),
    ).toBe(3);
    expect(estimatedLines('2.其他法律行政法规禁止公开', items)).toBe(1);
    expect(estimatedLines('7.属于行政执法案卷', items)).toBe(1);
    // A figure of four digits still fits its column on one line.
    for (const width of numbers) expect(estimatedLines('1234', width)).toBe(1);
  });
});
