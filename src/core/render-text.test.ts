import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderText } from './render-text';
import { type CellValue, type Report } from './report';
import { getTemplate } from './templates';
import type { GridCell } from './template-types';
import { REPORT_FIXTURES as FIXTURES, reportFixture as fixture } from '../testing/fixtures';

const GOLDEN = new URL('../fixtures/golden/', import.meta.url);
function withCells(report: Report, cells: Record<string, CellValue>): Report {
  const copy = structuredClone(report);
  Object.assign(copy.cells, cells);
  return copy;
}

const linesOf = (text: string) => text.split('\n');

/** The one line of the text that starts with this label followed by a TAB. */
function rowLine(text: string, label: string): string {
  const found = linesOf(text).filter((l) => l.startsWith(`${label}\t`));
  expect(found, label).toHaveLength(1);
  return found[0] ?? '';
}

/** Every label text of the report's template in reading order: headings, then table labels. */
function labelsInOrder(report: Report): string[] {
  const template = getTemplate(report.template);
  const texts: string[] = [];
  const labelTexts = (rows: readonly (readonly GridCell[])[]) =>
    rows.flatMap((row) => row.flatMap((c) => (c.type === 'label' ? [c.text] : [])));
  for (const section of template.sections) {
    texts.push(section.heading);
    if (section.table) {
      const table = template.tables[section.table];
      texts.push(...labelTexts(table.header), ...labelTexts(table.body));
    }
  }
  return texts;
}

describe('renderText', () => {
  it('has a golden file for every fixture', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(6);
    const golden = readdirSync(GOLDEN).filter((f) => f.endsWith('.txt'));
    expect(golden.map((f) => f.slice(0, -4)).sort()).toEqual(FIXTURES);
  });

  it.each(FIXTURES)('%s renders exactly as its golden file', (name) => {
    const golden = readFileSync(new URL(`${name}.txt`, GOLDEN), 'utf8');
    expect(renderText(fixture(name))).toBe(golden);
  });

  it.each(FIXTURES)('%s has every label of its format verbatim, in order', (name) => {
    const text = renderText(fixture(name));
    let from = 0;
    for (const label of labelsInOrder(fixture(name))) {
      const at = text.indexOf(label, from);
      expect(at, `「${label}」 after position ${from}`).toBeGreaterThanOrEqual(from);
      from = at + label.length;
    }
  });

  it.each(FIXTURES)('%s: every table row has one TAB fewer than its columns', (name) => {
    const report = fixture(name);
    const template = getTemplate(report.template);
    const expected = template.sections.flatMap((s) => {
      if (!s.table) return [];
      const table = template.tables[s.table];
      return Array.from(
        { length: table.header.length + table.body.length },
        () => table.columns - 1,
      );
    });
    const tabs = linesOf(renderText(report))
      .filter((l) => l.includes('\t'))
      .map((l) => l.split('\t').length - 1);
    expect(tabs).toEqual(expected);
  });

  it.each(FIXTURES)('%s: starts with the title "<org><year>年政府信息公开工作年度报告"', (name) => {
    const report = fixture(name);
    const [first, second] = linesOf(renderText(report));
    expect(first).toBe(`${report.meta.org}${String(report.meta.year)}年政府信息公开工作年度报告`);
    expect(second).toBe('');
  });

  it('trims the org in the title', () => {
    const report = fixture('seed-002');
    report.meta.org = '  扶沟县政府办公室 ';
    expect(linesOf(renderText(report))[0]).toBe('扶沟县政府办公室2020年政府信息公开工作年度报告');
  });

  it('prints each number as plain digits in its row, a blank cell as 0', () => {
    const report = withCells(fixture('example-2021'), {
      t3_new_research: null,
      t3_new_legal: '',
      t3_new_natural: '１２',
      t3_new_total: '1,234',
    });
    const cells = report.cells;
    const expected = [
      '一、本年新收政府信息公开申请数量',
      '',
      '',
      '12',
      String(cells.t3_new_business),
      '0',
      String(cells.t3_new_nonprofit),
      '0',
      String(cells.t3_new_other),
      '1234',
    ].join('\t');
    expect(rowLine(renderText(report), '一、本年新收政府信息公开申请数量')).toBe(expected);
  });

  it('prints a large count without separators', () => {
    const report = withCells(fixture('example-2021'), { t2_license_decisions: 12345 });
    expect(rowLine(renderText(report), '行政许可')).toBe('行政许可\t12345\t\t');
  });

  it('prints an amount with its own decimals', () => {
    expect(rowLine(renderText(fixture('example-2021')), '行政事业性收费')).toBe(
      '行政事业性收费\t6.0725\t\t',
    );
    const fee = withCells(fixture('example-2021'), { t2_fee_amount: 96171.6 });
    expect(rowLine(renderText(fee), '行政事业性收费')).toBe('行政事业性收费\t96171.6\t\t');
    const procurement = withCells(fixture('seed-000'), {
      t2_procurement_count: 3,
      t2_procurement_amount: '251000元',
    });
    expect(rowLine(renderText(procurement), '政府集中采购')).toBe('政府集中采购\t3\t25.1\t');
  });

  it('prints a signed 本年增/减 with its sign', () => {
    const report = withCells(fixture('seed-000'), {
      t2_license_prev: 5,
      t2_license_delta: -2,
      t2_license_decisions: 7,
    });
    expect(rowLine(renderText(report), '行政许可')).toBe('行政许可\t5\t-2\t7');
  });

  it('ends with the signature and the date when meta.date is set', () => {
    const text = renderText(fixture('seed-003'));
    expect(text.endsWith('\n\n绥滨镇人民政府\n2021年1月15日\n')).toBe(true);
  });

  it('signs with the org when there is a date but no 署名', () => {
    const report = fixture('example-2021');
    delete report.meta.signature;
    report.meta.date = '2025-01-05';
    expect(renderText(report).endsWith('\n\n青山镇人民政府\n2025年1月5日\n')).toBe(true);
  });

  it('has no signature block when there is no date and no 署名', () => {
    const report = fixture('seed-000');
    expect(report.meta.date).toBeUndefined();
    const lines = linesOf(renderText(report));
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toBe(report.text.other?.trim());
    expect(lines.some((l) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(l))).toBe(false);
  });

  it('never has two blank lines in a row, and ends with one newline', () => {
    for (const name of FIXTURES) {
      const text = renderText(fixture(name));
      expect(text, name).not.toContain('\n\n\n');
      expect(text.endsWith('\n') && !text.endsWith('\n\n'), name).toBe(true);
    }
  });
});
