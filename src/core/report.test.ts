import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellIds } from './cells';
import {
  REPORT_KIND,
  REPORT_VERSION,
  createReport,
  loadReport,
  saveReport,
  type Report,
} from './report';
import { parseCell } from './number';
import { checkReport } from './check';
import { convertTemplate } from './convert-format';
import { getTemplate } from './templates';

const REPORTS = new URL('../fixtures/reports/', import.meta.url);
const FIXTURES = readdirSync(REPORTS)
  .filter((f) => f.endsWith('.json'))
  .sort();

function fixtureText(name: string): string {
  return readFileSync(new URL(name, REPORTS), 'utf8');
}

function fixtureJson(name: string): Record<string, unknown> {
  return JSON.parse(fixtureText(name)) as Record<string, unknown>;
}

function load(text: string): Report {
  const result = loadReport(text);
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

function refusal(text: string): string {
  const result = loadReport(text);
  if (result.ok) throw new Error('loaded a file that should be refused');
  return result.message;
}

const HAN = /[\u4e00-\u9fff]/;
const T3_COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'];

describe('loadReport / saveReport', () => {
  it('finds the fixtures', () => {
    expect(FIXTURES).toContain('example-2021.json');
    expect(FIXTURES.filter((f) => f.startsWith('seed-'))).toHaveLength(5);
  });

  it.each(FIXTURES)('%s loads and saves back byte for byte', (name) => {
    const text = fixtureText(name);
    const report = load(text);
    expect(report.kind).toBe(REPORT_KIND);
    expect(saveReport(report)).toBe(text);
  });

  it('saves 2-space JSON with a trailing newline', () => {
    const saved = saveReport(createReport({ org: '某镇', year: 2024 }));
    expect(saved.endsWith('}\n')).toBe(true);
    expect(saved).toContain('\n  "kind": ');
  });

  it('keeps unknown fields at top level, in meta, in text, and unknown cells', () => {
    const data = fixtureJson('example-2021.json');
    const withExtras = {
      ...data,
      history: [{ at: '2025-01-02', by: '张三' }],
      previousReport: { file: 'report-2023.json' },
      meta: { ...(data.meta as object), region: '某县', contact: { phone: '123' } },
      text: { ...(data.text as object), notes: '内部备注' },
      cells: { ...(data.cells as object), t5_future_cell: 7, t3_new_extra: null },
    };
    const saved = JSON.parse(saveReport(load(JSON.stringify(withExtras)))) as unknown;
    expect(saved).toEqual(withExtras);
  });

  it('refuses a file of a newer version, saying so', () => {
    const message = refusal(JSON.stringify({ ...fixtureJson('example-2021.json'), version: 2 }));
    expect(message).toContain('版本');
    expect(message).toContain('2');
  });

  it('accepts the current version', () => {
    expect(REPORT_VERSION).toBe(1);
    expect(loadReport(JSON.stringify({ ...fixtureJson('seed-000.json'), version: 1 })).ok).toBe(
      true,
    );
  });

  it.each([
    ['wrong kind', { kind: 'something-else' }],
    ['no kind', { kind: undefined }],
    ['template 2020', { template: '2020' }],
    ['template 2022', { template: '2022' }],
    ['numeric template', { template: 2021 }],
    ['no meta', { meta: undefined }],
    ['a cell holding a boolean', { cells: { t3_new_natural: true } }],
  ])('refuses a file with %s, in Chinese', (_what, change) => {
    const data: Record<string, unknown> = { ...fixtureJson('example-2021.json'), ...change };
    expect(refusal(JSON.stringify(data))).toMatch(HAN);
  });

  it('names the template problem', () => {
    const message = refusal(JSON.stringify({ ...fixtureJson('seed-000.json'), template: '2020' }));
    expect(message).toContain('2019');
    expect(message).toContain('2021');
  });

  it.each(['{oops', '', 'null', '[1, 2]', '"text"'])(
    'refuses %j with a Chinese message',
    (text) => {
      expect(refusal(text)).toMatch(HAN);
    },
  );

  it.each([
    ['t3_new_natural', 'abc'],
    ['t3_new_natural', -1],
    ['t4_review_total', 1.5],
    ['t2_fee_amount', '12.345678901'],
  ] as const)('keeps an invalid %s = %j as it was and reports it', (id, value) => {
    const data = fixtureJson('example-2021.json');
    const text = JSON.stringify({ ...data, cells: { ...(data.cells as object), [id]: value } });
    const report = load(text);
    expect(report.cells[id]).toBe(value);
    const again = load(saveReport(report));
    expect(again.cells[id]).toBe(value);
    expect(JSON.parse(saveReport(again))).toEqual(JSON.parse(text));
    const invalid = checkReport(again).filter((f) => f.rule === 'VALUE_INVALID');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]?.cells).toEqual([id]);
    expect(invalid[0]?.severity).toBe('error');
  });
});

describe('createReport', () => {
  it.each([
    [2019, '2019'],
    [2020, '2019'],
    [2021, '2021'],
    [2025, '2021'],
  ] as const)('a %i report uses the %s format with every cell blank', (year, template) => {
    const report = createReport({ org: '某某镇人民政府', year });
    expect(report.template).toBe(template);
    expect(report.kind).toBe(REPORT_KIND);
    expect(report.version).toBe(REPORT_VERSION);
    expect(report.meta).toMatchObject({ org: '某某镇人民政府', year });
    const ids = cellIds(getTemplate(template));
    expect(Object.keys(report.cells).sort()).toEqual([...ids].sort());
    expect(Object.values(report.cells).every((v) => v === null)).toBe(true);
  });

  it('an explicit template wins over the year', () => {
    const report = createReport({ org: '某镇', year: 2023, template: '2019' });
    expect(report.template).toBe('2019');
    expect(Object.keys(report.cells)).toHaveLength(cellIds(getTemplate('2019')).length);
  });

  it('a new report is a valid report file', () => {
    const report = createReport({
      org: '某镇',
      year: 2024,
      orgType: 'township',
      date: '2025-01-20',
    });
    const again = load(saveReport(report));
    expect(again).toEqual(report);
    expect(again.meta.orgType).toBe('township');
    expect(again.meta.date).toBe('2025-01-20');
  });
});

describe('convertTemplate', () => {
  const example = load(fixtureText('example-2021.json'));

  it('2019 → 2021 keeps shared cells and moves （六）其他处理 to （六）3.其他', () => {
    const source = createReport({ org: '某镇', year: 2020 });
    const values = new Map<string, number>();
    cellIds(getTemplate('2019')).forEach((id, i) => values.set(id, i + 1));
    source.cells = Object.fromEntries(values);
    const { report, dropped } = convertTemplate(source, '2021');
    expect(report.template).toBe('2021');
    const target = cellIds(getTemplate('2021'));
    expect(Object.keys(report.cells).sort()).toEqual([...target].sort());
    for (const id of target) {
      if (values.has(id)) expect(report.cells[id], id).toBe(values.get(id));
    }
    for (const c of T3_COLUMNS) {
      expect(report.cells[`t3_other_misc_${c}`]).toBe(values.get(`t3_other_handling_${c}`));
      expect(report.cells[`t3_other_overdue_${c}`]).toBeNull();
      expect(report.cells[`t3_other_unpaid_${c}`]).toBeNull();
    }
    // Every 2019 cell with a value and no place in 2021 is listed, and only those.
    const placed = new Set(target);
    const expectedDropped = [...values.keys()].filter(
      (id) => !placed.has(id) && !id.startsWith('t3_other_handling_'),
    );
    expect([...dropped].sort()).toEqual(expectedDropped.sort());
    expect(dropped).toContain('t2_service_prev');
    expect(dropped).toContain('t2_procurement_amount');
  });

  it('2021 → 2019 adds the three （六） rows into （六）其他处理', () => {
    const { report, dropped } = convertTemplate(example, '2019');
    expect(report.template).toBe('2019');
    expect(Object.keys(report.cells).sort()).toEqual([...cellIds(getTemplate('2019'))].sort());
    const num = (id: string) => {
      const v = example.cells[id];
      return typeof v === 'number' ? v : 0;
    };
    for (const c of T3_COLUMNS) {
      const sum = ['overdue', 'unpaid', 'misc'].reduce((s, k) => s + num(`t3_other_${k}_${c}`), 0);
      expect(report.cells[`t3_other_handling_${c}`], c).toBe(sum);
    }
    expect(report.cells.t3_other_handling_total).toBe(2);
    for (const id of cellIds(getTemplate('2019'))) {
      if (id in example.cells && !id.startsWith('t3_other_')) {
        expect(report.cells[id], id).toBe(example.cells[id]);
      }
    }
    // The converted report still balances.
    expect(checkReport(report).filter((f) => f.severity === 'error')).toEqual([]);
    // Non-zero 2021-only cells have no place in 2019; zero ones are not worth a word.
    expect([...dropped].sort()).toEqual(
      ['t2_fee_amount', 't2_normative_repealed', 't2_normative_valid'].sort(),
    );
  });

  it('2021 → 2019 keeps a blank （六） blank and text as text', () => {
    const source = createReport({ org: '某镇', year: 2022 });
    source.cells.t3_other_overdue_legal = 'abc';
    const { report } = convertTemplate(source, '2019');
    expect(report.cells.t3_other_handling_natural).toBeNull();
    expect(report.cells.t3_other_handling_legal).toBe('abc');
  });

  it('2021 → 2019 adds （六） parts that a file holds as numeric text', () => {
    const source = createReport({ org: '某镇', year: 2022 });
    source.cells.t3_other_overdue_natural = '2';
    source.cells.t3_other_unpaid_natural = 3;
    const { report } = convertTemplate(source, '2019');
    const parsed = parseCell(report.cells.t3_other_handling_natural, 'count');
    expect(parsed.ok && parsed.value).toBe(5);
  });

  it('2021 → 2019 does not hide an invalid （六） part inside a valid-looking sum', () => {
    const source = createReport({ org: '某镇', year: 2022 });
    source.cells.t3_other_overdue_business = -1;
    source.cells.t3_other_unpaid_business = 2;
    expect(
      checkReport(source)
        .filter((f) => f.rule === 'VALUE_INVALID')
        .map((f) => f.cells),
    ).toEqual([['t3_other_overdue_business']]);
    const { report } = convertTemplate(source, '2019');
    const invalid = checkReport(report).filter((f) => f.rule === 'VALUE_INVALID');
    expect(invalid.map((f) => f.cells)).toEqual([['t3_other_handling_business']]);
  });

  it('a report already in the target format is unchanged', () => {
    const { report, dropped } = convertTemplate(example, '2021');
    expect(report).toEqual(example);
    expect(dropped).toEqual([]);
  });

  it('2021 → 2019 → 2021 keeps every table 三 and 四 figure except the split of （六）', () => {
    const there = convertTemplate(example, '2019').report;
    const back = convertTemplate(there, '2021').report;
    for (const id of cellIds(getTemplate('2021'))) {
      if (!id.startsWith('t3_') && !id.startsWith('t4_')) continue;
      if (id.startsWith('t3_other_')) continue;
      expect(back.cells[id], id).toBe(example.cells[id]);
    }
    expect(back.cells.t3_other_misc_total).toBe(2);
  });
});
