import { describe, expect, it } from 'vitest';
import { FORMULA_FILE_NAMES, FORMULA_PAYLOADS, readCsv } from '../../testing/csv-payloads';
import { reportFixture } from '../../testing/fixtures';
import { neutraliseFormula } from '../csv';
import type { Finding } from '../rules/catalogue';
import { checkAll } from '../check';
import { findingKey } from './decisions';
import { CSV_HEADER, findingsCsv } from './findings-csv';
import type { ReviewedFile } from './reviewed-file';

describe('findingsCsv', () => {
  const report = reportFixture('seed-001');
  const findings = checkAll(report);
  const first = findings[0];
  const files: ReviewedFile[] = [
    {
      file: 'a,"b".json',
      report,
      findings,
      review: {
        status: 'returned',
        comment: '',
        decisions: first
          ? { [findingKey(first)]: { decision: 'dismissed', reason: '已说明，原因见附件' } }
          : {},
      },
    },
    { file: 'broken.docx', error: '不是 Word 文件', findings: [] },
  ];
  const text = findingsCsv(files);
  const rows = readCsv(text);

  it('starts with a BOM and the header row', () => {
    expect(text.startsWith('\uFEFFfile,机关,rule,level,cells,message,decision,reason\r\n')).toBe(
      true,
    );
    expect(rows[0]).toEqual([...CSV_HEADER]);
  });

  it('has one line per finding and one for the unreadable file, quoted where needed', () => {
    expect(findings.length).toBeGreaterThan(2);
    expect(rows).toHaveLength(1 + findings.length + 1);
    expect(rows.slice(1).every((r) => r.length === CSV_HEADER.length)).toBe(true);
    expect(rows[1]?.[0]).toBe('a,"b".json');
    expect(rows[1]?.[1]).toBe(report.meta.org);
    expect(rows[1]?.slice(2, 4)).toEqual([
      first?.rule,
      first?.severity === 'error' ? '强制性' : '核实性',
    ]);
    expect(rows[1]?.[4]).toBe(first?.cells.join(' '));
    expect(rows[1]?.[5]).toBe(first?.message);
    expect(rows[1]?.slice(6)).toEqual(['不作为问题', '已说明，原因见附件']);
    expect(rows[2]?.slice(6)).toEqual(['', '']);
    expect(rows.at(-1)?.[5]).toBe('无法读取：不是 Word 文件');
  });
});

describe('findingsCsv with formulas in every text it writes', () => {
  const report = reportFixture('seed-001');
  // One file per payload: the payload as its 机关名称, its file name, a finding's message and the
  // reviewer's reason; and one unreadable file whose name and error carry it.
  const files: ReviewedFile[] = FORMULA_PAYLOADS.flatMap((payload, i) => {
    const finding: Finding = {
      rule: 'BLANK_CELL',
      severity: 'warning',
      message: payload,
      cells: ['t3_new_natural'],
    };
    const name = FORMULA_FILE_NAMES[i % FORMULA_FILE_NAMES.length] ?? '';
    return [
      {
        file: name,
        report: { ...report, meta: { ...report.meta, org: payload } },
        findings: [finding],
        review: {
          status: 'returned',
          comment: '',
          decisions: { [findingKey(finding)]: { decision: 'dismissed', reason: payload } },
        },
      },
      { file: payload, error: payload, findings: [] },
    ];
  });
  const rows = readCsv(findingsCsv(files)).slice(1);

  it("writes each payload behind one `'` and reads back to the same text", () => {
    expect(rows).toHaveLength(files.length);
    FORMULA_PAYLOADS.forEach((payload, i) => {
      const [file, org, , , , message, decision, reason] = rows[2 * i] ?? [];
      const name = FORMULA_FILE_NAMES[i % FORMULA_FILE_NAMES.length] ?? '';
      expect(file).toBe(neutraliseFormula(name));
      expect(org).toBe(`'${payload}`);
      expect(message).toBe(`'${payload}`);
      expect(decision).toBe('不作为问题');
      expect(reason).toBe(`'${payload}`);
      const unreadable = rows[2 * i + 1] ?? [];
      expect(unreadable[0]).toBe(`'${payload}`);
      // The message of an unreadable file starts with 无法读取：, so it needs no prefix.
      expect(unreadable[5]).toBe(`无法读取：${payload}`);
    });
  });

  it('leaves no field that a spreadsheet would run', () => {
    for (const row of rows) {
      for (const field of row) expect(field, JSON.stringify(field)).not.toMatch(/^[=+\-@\t\r\n]/);
    }
  });
});
