import { describe, expect, it } from 'vitest';
import { reportFixture } from '../testing/fixtures';
import { cellsOf } from './cells';
import { checkAll } from './check';
import { amountToUnits, parseCell } from './number';
import type { Report } from './report';
import { summarise, type SummaryInput } from './summary';
import { getTemplate, TEMPLATES } from './templates';
import type { CellKind } from './template-types';

/** A value for cell `i` of report `n` that exercises the kind: signed ones negative, amounts with 4 decimals. */
function valueFor(kind: CellKind, i: number, n: number): number {
  if (kind === 'signed') return (i % 3) - n - 1;
  if (kind === 'amount') return Number(`${i + n}.${String(1234 + n * 1111).slice(0, 4)}`);
  return i + n * 7;
}

function filled(template: Report['template'], n: number, org: string): Report {
  const report = reportFixture(template === '2021' ? 'example-2021' : 'seed-001');
  const cells = Object.fromEntries(
    [...cellsOf(getTemplate(template)).values()].map((c, i) => [c.id, valueFor(c.kind, i, n)]),
  );
  return { ...report, template, meta: { ...report.meta, org, year: 2024 }, cells };
}

const input = (report: Report, name = report.meta.org): SummaryInput => ({
  name,
  report,
  unresolvedErrors: checkAll(report).filter((f) => f.severity === 'error').length,
});

describe('summarise', () => {
  for (const template of TEMPLATES) {
    it(`adds every cell of the ${template.name}, each kind exactly`, () => {
      const reports = [1, 2, 3].map((n) => filled(template.id, n, `第${n}镇`));
      const { report, included, excluded } = summarise(reports.map((r) => input(r)));
      expect(included).toHaveLength(3);
      expect(excluded).toEqual([]);
      const kinds = new Set<CellKind>();
      for (const [id, info] of cellsOf(template)) {
        kinds.add(info.kind);
        const parts = reports.map((r) => parseCell(r.cells[id], info.kind));
        const values = parts.map((p) => (p.ok ? (p.value ?? 0) : NaN));
        if (info.kind === 'amount') {
          const units = values.map((v) => amountToUnits(String(v)) ?? NaN);
          const sum = units.reduce((a, b) => a + b, 0);
          expect(amountToUnits(String(report.cells[id])), id).toBe(sum);
        } else {
          expect(report.cells[id], id).toBe(values.reduce((a, b) => a + b, 0));
        }
      }
      expect(kinds).toEqual(
        new Set(template.id === '2019' ? ['count', 'signed', 'amount'] : ['count', 'amount']),
      );
    });
  }

  it('sums amounts without float error (0.1 + 0.2 万元 is 0.3)', () => {
    const [a, b] = [1, 2].map((n) => filled('2021', n, `第${n}镇`)) as [Report, Report];
    const fee = 't2_fee_amount';
    const { report } = summarise([
      input({ ...a, cells: { ...a.cells, [fee]: 0.1 } }),
      input({ ...b, cells: { ...b.cells, [fee]: 0.2 } }),
    ]);
    expect(report.cells[fee]).toBe(0.3);
  });

  it('keeps a cell blank in every report blank, and counts blank as 0 otherwise', () => {
    const [a, b] = [1, 2].map((n) => filled('2021', n, `第${n}镇`)) as [Report, Report];
    const id = 't3_new_natural';
    const other = 't3_new_legal';
    const { report } = summarise([
      input({ ...a, cells: { ...a.cells, [id]: null, [other]: null } }),
      input({ ...b, cells: { ...b.cells, [id]: null, [other]: 4 } }),
    ]);
    expect(report.cells[id]).toBeNull();
    expect(report.cells[other]).toBe(4);
  });

  it('excludes a report in the other format, of another year, or a second one of the same 机关, with the reason', () => {
    const reports = [1, 2].map((n) => filled('2021', n, `第${n}镇人民政府`));
    const other = filled('2019', 3, '第三镇');
    const lastYear = { ...filled('2021', 4, '第四镇'), meta: { org: '第四镇', year: 2023 } };
    const twin = filled('2021', 5, '第1镇');
    const result = summarise([...reports, other, lastYear, twin].map((r) => input(r)));
    expect(result.included.map((p) => p.org)).toEqual(['第1镇人民政府', '第2镇人民政府']);
    expect(result.excluded).toEqual([
      {
        name: '第三镇',
        org: '第三镇',
        reason: `格式不同：${getTemplate('2019').name}，汇总按${getTemplate('2021').name}`,
      },
      { name: '第四镇', org: '第四镇', reason: '年度不同：2023年，汇总2024年' },
      { name: '第1镇', org: '第1镇', reason: '与 第1镇人民政府 是同一机关的报告，只计一份' },
    ]);
    expect(result.report.template).toBe('2021');
    expect(result.report.meta.year).toBe(2024);
  });

  it('leaves out reports with unresolved errors only when asked', () => {
    const example = reportFixture('example-2021');
    const good = { ...example, meta: { ...example.meta, org: '甲镇' } };
    const bad = {
      ...example,
      meta: { ...example.meta, org: '乙镇' },
      cells: { ...example.cells, t3_new_natural: Number(example.cells['t3_new_natural']) + 1 },
    };
    const inputs = [input(good), input(bad)];
    expect(inputs[1]?.unresolvedErrors).toBeGreaterThan(0);
    expect(summarise(inputs).included).toHaveLength(2);
    const strict = summarise(inputs, { excludeErrors: true });
    expect(strict.included.map((p) => p.org)).toEqual(['甲镇']);
    expect(strict.excluded[0]?.reason).toMatch(/^有 \d+ 个未解决的错误$/);
  });

  it('excludes a report whose cell cannot be added, naming the cell', () => {
    const bad = filled('2021', 2, '乙镇');
    const { excluded } = summarise([
      input(filled('2021', 1, '甲镇')),
      input({ ...bad, cells: { ...bad.cells, t3_new_natural: '约5件' } }),
    ]);
    expect(excluded[0]?.reason).toContain('「约5件」');
  });

  it('is a normal report: named, checked, with its provenance and the missing units', () => {
    const reports = [1, 2, 3].map((n) => filled('2021', n, `第${n}镇`));
    const result = summarise(
      reports.map((r) => input(r)),
      { org: '某某县（汇总）', expected: ['第1镇人民政府', '第2镇', '第3街道', '第9乡'] },
    );
    expect(result.missing).toEqual(['第9乡']);
    expect(result.report.meta.org).toBe('某某县（汇总）');
    expect(result.report.text.intro).toContain('3个单位');
    expect(result.report.text.intro).toContain('尚未报送的单位：第9乡');
    expect(result.report.summary).toMatchObject({ missing: ['第9乡'] });
    expect(Array.isArray(checkAll(result.report))).toBe(true);
  });

  it('sums balanced reports into a balanced 汇总 (the example three times)', () => {
    const example = reportFixture('example-2021');
    const orgs = ['甲镇', '乙镇', '丙镇'];
    const { report } = summarise(
      orgs.map((org) => input({ ...example, meta: { ...example.meta, org } })),
    );
    const errors = checkAll(report).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
    expect(report.cells['t3_new_natural']).toBe(3 * Number(example.cells['t3_new_natural']));
  });
});
