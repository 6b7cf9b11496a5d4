import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../testing/fixtures';
import { checkAll } from '../check';
import { findingKey } from './decisions';
import { CSV_HEADER, findingsCsv } from './findings-csv';
import type { ReviewedFile } from './reviewed-file';

/** A minimal RFC 4180 reader (CRLF rows), so the test reads the CSV the way a spreadsheet does. */
function parseCsv(text: string): string[][] {
  const FIELD = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/gy;
  const rows: string[][] = [];
  let row: string[] = [];
  for (const match of text.matchAll(FIELD)) {
    const raw = match[1] ?? '';
    row.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (match[2] !== ',') {
      rows.push(row);
      row = [];
      if (match[2] === '') break;
    }
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

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
  const rows = parseCsv(text.slice(1));

  it('starts with a BOM and the header row', () => {
    expect(text.startsWith(`\uFEFF${CSV_HEADER.join(',')}\r\n`)).toBe(true);
    expect(CSV_HEADER.slice(0, 8).join(',')).toBe(
      'file,机关,rule,level,cells,message,decision,reason',
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
    expect(rows[1]?.slice(6, 8)).toEqual(['不作为问题', '已说明，原因见附件']);
    expect(rows[2]?.slice(6, 8)).toEqual(['', '']);
    expect(rows.at(-1)?.[5]).toBe('无法读取：不是 Word 文件');
  });
});
