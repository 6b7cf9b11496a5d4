/**
 * The promise that a format is one data file: a third, synthetic format defined here in test code
 * only — the 2021 format with one more 表三 result row in （六）其他处理 and 表二's
 * 行政规范性文件 row renamed — goes through every pipeline with no change to any source file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli/main';
import { formSchema, formValuesOf, reportOf } from '../workspace/editor/form-model';
import { cellIds, cellsOf } from '../core/cells';
import { checkAll } from '../core/check';
import { typedCellsSchema } from '../core/cell-schema';
import { convertTemplate } from '../core/convert-format';
import { formatScores } from '../core/import/detect-format';
import { importDocx } from '../core/import/import-docx';
import { importText } from '../core/import/import-text';
import { batchIndicators } from '../core/county/batch-indicators';
import { layoutReport } from '../core/layout';
import { createReport, loadReport, saveReport, type Report } from '../core/report';
import { renderDocx } from '../core/render-docx';
import { renderHtml } from '../core/render-html';
import { renderText } from '../core/render-text';
import { t3Applicants, t3Cell, t3ResultRows, t3RoleCell } from '../core/roles';
import { T3_OTHER_2021, T3_RESULT_ROWS, table3 } from '../core/templates/common';
import { FY2021 } from '../core/templates/fy2021';
import { getTemplate, registerTemplate, type TemplateId } from '../core/templates';
import type { GridCell, TableDef, Template } from '../core/template-types';
import { fillTotals } from '../core/totals';

const EXTRA_LABEL = '4.申请人撤回申请、行政机关终止办理（测试用）';
const RENAMED = '规范性文件（含其他公文，测试用）';
const ID = '2099' as TemplateId;

function renameRow(table: TableDef, from: string, to: string): TableDef {
  const rename = (cell: GridCell): GridCell =>
    cell.type === 'label'
      ? cell.text === from
        ? { ...cell, text: to }
        : cell
      : cell.row === from
        ? { ...cell, row: to }
        : cell;
  return { ...table, body: table.body.map((row) => row.map(rename)) };
}

const other = T3_OTHER_2021[0]?.group;
const t3 = table3([
  ...T3_RESULT_ROWS,
  ...T3_OTHER_2021,
  {
    key: 'other_withdrawn',
    label: EXTRA_LABEL,
    role: 'result',
    ...(other ? { group: other } : {}),
  },
]);

const SYNTHETIC: Template = {
  ...FY2021,
  id: ID,
  name: '测试用格式（2099）',
  source: '测试用',
  years: { from: 2099 },
  tables: {
    ...FY2021.tables,
    t2: renameRow(FY2021.tables.t2, '行政规范性文件', RENAMED),
    t3: t3.table,
  },
  t3: t3.structure,
  aliases: { ...FY2021.aliases, [RENAMED]: ['含其他公文'] },
  markers: [...FY2021.markers, '终止办理'],
};

/** A balanced report of the synthetic format, every number cell filled, the totals computed. */
function balancedReport(template: Template): Report {
  const report = createReport({
    org: '测试镇人民政府',
    year: 2099,
    template: template.id as TemplateId,
  });
  const cells: Record<string, number | null> = { ...report.cells } as Record<string, number | null>;
  t3Applicants(template).forEach((column, c) => {
    let results = 0;
    t3ResultRows(template).forEach((row, r) => {
      const value = (r + c) % 3;
      cells[t3Cell(template, row.key, column.key)] = value;
      results += value;
    });
    const carried = c % 2;
    const next = 1;
    cells[t3RoleCell(template, 'carried', column.key)] = carried;
    cells[t3RoleCell(template, 'carryNext', column.key)] = next;
    cells[t3RoleCell(template, 'received', column.key)] = results + next - carried;
  });
  for (const [id, info] of cellsOf(template)) {
    if (info.table === 't3') continue;
    cells[id] = info.kind === 'amount' ? 1.25 : id.length % 4;
  }
  return {
    ...report,
    text: {
      overview: '本年度共收到政府信息公开申请若干件，均按时答复。',
      problems: '问题与改进。',
      other: '本年度未收取信息处理费。',
    },
    cells: fillTotals(template, cells, { t3: 'auto', t4: 'auto' }),
  };
}

const extraCells = t3.structure.columns.map(
  (c) => t3.structure.cells.other_withdrawn?.[c.key] ?? '',
);

describe('a synthetic third format, defined in test code only', () => {
  let report: Report;
  beforeAll(() => {
    registerTemplate(SYNTHETIC);
    report = balancedReport(getTemplate(ID));
  });

  it('joins the template list: id, year → format, unknown ids refused', () => {
    expect(getTemplate(ID)).toBe(SYNTHETIC);
    expect(() => getTemplate('1999')).toThrow(/未知的报告格式/);
    expect(cellIds(SYNTHETIC)).toEqual(expect.arrayContaining(extraCells));
    expect(cellIds(SYNTHETIC)).toHaveLength(cellIds(FY2021).length + 7);
  });

  it('the report file and the typed-cell schema accept it', () => {
    const loaded = loadReport(saveReport(report));
    expect(loaded.ok && loaded.report).toEqual(report);
    const typed = typedCellsSchema(SYNTHETIC).safeParse({ [extraCells[0] ?? '']: 'x' });
    expect(typed.success).toBe(false);
  });

  it("the page's form model shows it and builds the same report back", () => {
    const values = formValuesOf(report);
    expect(Object.keys(values.cells)).toEqual(cellIds(SYNTHETIC));
    expect(formSchema(SYNTHETIC).safeParse(values).success).toBe(true);
    const back = reportOf(report, values, { t3: 'auto', t4: 'auto' });
    expect(back.cells).toEqual(report.cells);
    expect(back.text).toEqual(report.text);
  });

  it('every rule runs on it: balanced is clean, a change in the new row is named', () => {
    expect(checkAll(report).filter((f) => f.severity === 'error')).toEqual([]);
    expect(checkAll(report).map((f) => f.rule)).not.toContain('TEMPLATE_YEAR');
    const id = extraCells[1] ?? '';
    const changed = { ...report, cells: { ...report.cells, [id]: Number(report.cells[id]) + 1 } };
    const errors = checkAll(changed).filter((f) => f.severity === 'error');
    expect(new Set(errors.map((f) => f.rule))).toEqual(new Set(['T3_RESULT_SUM', 'T3_ROW_SUM']));
    for (const f of errors) expect(f.cells).toContain(id);
    expect(errors.map((f) => f.message).join('\n')).toContain(EXTRA_LABEL);
  });

  it("the county's indicators read it by roles: its 办结 counts the new row", () => {
    const t = getTemplate(ID);
    const handled = Number(report.cells[t3RoleCell(t, 'resultTotal')]);
    const table = batchIndicators([{ file: 'synthetic.json', report }]);
    const disclosure = table?.units[0]?.sums.disclosure;
    expect(disclosure && 'den' in disclosure ? disclosure.den : undefined).toBe(handled);
    expect(table?.units[0]?.counts.handled).toBe(handled);
  });

  it('layout, text and HTML print the new row and the renamed one', () => {
    const texts = JSON.stringify(layoutReport(report));
    const text = renderText(report);
    const html = renderHtml(report, { document: true });
    for (const out of [texts, text, html]) {
      expect(out).toContain(EXTRA_LABEL);
      expect(out).toContain(RENAMED);
      expect(out).not.toContain('行政规范性文件');
    }
  });

  it('its own text is detected as this format and reads back to the same cells', () => {
    const text = renderText(report);
    const scores = formatScores(text);
    expect(Math.max(...Object.values(scores))).toBe(scores[ID]);
    const read = importText(text);
    if (!read.ok) throw new Error(read.message);
    expect(read.format).toBe(ID);
    expect(read.report.cells).toEqual(report.cells);
  });

  it('its Word file opens with the report inside, and without it reads from the tables', async () => {
    const docx = await renderDocx(report);
    const parts = unzipSync(docx);
    const document = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    expect(document).toContain(EXTRA_LABEL);
    const embedded = importDocx(docx);
    expect(embedded.ok && embedded.report).toEqual(report);
    const bare = Object.fromEntries(
      Object.entries(parts).filter(([name]) => !name.startsWith('customXml/')),
    );
    const fromTables = importDocx(zipSync(bare));
    if (!fromTables.ok) throw new Error(fromTables.message);
    expect(fromTables.format).toBe(ID);
    expect(fromTables.report.cells).toEqual(report.cells);
  });

  it('moves to and from the 2021 format by its result groups', () => {
    const { report: as2021, dropped } = convertTemplate(report, '2021');
    expect(dropped.sort()).toEqual(extraCells.filter((id) => report.cells[id] !== 0).sort());
    expect(as2021.cells.t3_other_misc_natural).toBe(report.cells.t3_other_misc_natural);
    const back = convertTemplate(as2021, ID).report;
    expect(back.cells[extraCells[0] ?? '']).toBeNull();
  });

  it('the CLI converts and checks it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-synthetic-'));
    const file = join(dir, 'synthetic.json');
    writeFileSync(file, saveReport(report));
    const io = { out: () => undefined, err: () => undefined };
    expect(await main(['check', file], io)).toBe(0);
    const txt = join(dir, 'synthetic.txt');
    expect(await main(['convert', file, '-o', txt], io)).toBe(0);
    expect(readFileSync(txt, 'utf8')).toBe(renderText(report));
    const docx = join(dir, 'synthetic.docx');
    expect(await main(['convert', file, '-o', docx], io)).toBe(0);
    const back = importDocx(new Uint8Array(readFileSync(docx)));
    expect(back.ok && back.report).toEqual(report);
    let err = '';
    const to2021 = join(dir, 'to-2021.json');
    const status = await main(['convert', file, '-o', to2021, '--template', '2021'], {
      out: () => undefined,
      err: (t) => (err += t),
    });
    expect(status).toBe(0);
    expect(err).toContain(extraCells[1]);
    const converted = loadReport(readFileSync(to2021, 'utf8'));
    expect(converted.ok && converted.report.template).toBe('2021');
    const usage = await main(['convert', file, '-o', txt, '--template', '1999'], {
      out: () => undefined,
      err: (t) => (err += t),
    });
    expect(usage).toBe(2);
    expect(err).toContain(`应为 2019 或 2021 或 ${ID}`);
  });
});
