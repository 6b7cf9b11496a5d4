import { describe, expect, it } from 'vitest';
import {
  actualRow,
  child,
  children,
  expectedRows,
  parts,
  textOf,
  xml,
} from '../testing/docx-structure';
import { reportFixture as fixture } from '../testing/fixtures';
import { blankFormBlocks, renderBlankFormHtml } from './render-blank-form';
import { renderBlankFormDocx } from './render-blank-form-docx';
import { getTemplate } from './templates';

describe('空白表样', () => {
  it.each(['example-2021', 'seed-000'])(
    '%s: the three tables of its format in the official layout, with no figures',
    async (name) => {
      const report = fixture(`${name}.json`);
      const template = getTemplate(report.template);
      const blocks = blankFormBlocks(report);
      expect(blocks[0]).toMatchObject({
        type: 'title',
        lines: [report.meta.org, `${report.meta.year}年政府信息公开工作年度报告表格`],
      });
      const tables = blocks.flatMap((b) => (b.type === 'table' ? [b] : []));
      expect(tables.map((t) => t.table)).toEqual(['t2', 't3', 't4']);
      for (const table of tables) {
        const numbers = table.rows.flat().filter((c) => c.kind === 'number');
        expect(numbers.length).toBeGreaterThan(0);
        expect(numbers.every((c) => c.text === '')).toBe(true);
      }

      const files = parts(await renderBlankFormDocx(report));
      const body = child(child(xml(files['word/document.xml']), 'w:document'), 'w:body');
      const words = children(body, 'w:tbl');
      expect(words).toHaveLength(3);
      (['t2', 't3', 't4'] as const).forEach((id, i) => {
        const rows = children(words[i], 'w:tr').map(actualRow);
        expect(rows, id).toEqual(expectedRows(template.tables[id], report, true));
      });
      const text = children(body, 'w:p').map(textOf).join('\n');
      expect(text).toContain(`填报单位：${report.meta.org}`);
      expect(text).toContain(
        `统计期限：${report.meta.year}年1月1日至${report.meta.year}年12月31日`,
      );
      expect(text).toContain('填表人：');
      // No report file rides in a blank form: it is not a report.
      expect(Object.values(files).some((t) => t.includes('urn:gongkai-report:report-file'))).toBe(
        false,
      );
    },
  );

  it('as HTML: the org escaped, the body rows tall enough to write in', () => {
    const report = fixture('example-2021.json');
    const html = renderBlankFormHtml({ ...report, meta: { ...report.meta, org: '甲<镇>' } });
    expect(html).toContain('甲&lt;镇&gt;');
    expect(html).toContain('<tr style="height:8mm">');
    expect(html).not.toMatch(/<td[^>]*>\d+<\/td>/);
  });
});
