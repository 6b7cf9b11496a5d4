/**
 * pdftotext -layout of a LibreOffice PDF (a corpus page with a narrow label column, zeros left
 * blank and 表四's headings stacked a character a line): rows whose labels wrap over many lines
 * keep their own numbers, 表四 is placed by its header, and what is placed by position — numbers
 * and the columns left blank — is a reading, never shown as printed.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkAll } from '../check';
import { readAsPrinted } from '../provenance';
import { corpusCase } from '../../testing/corpus/corpus-case';
import { corpusBases } from '../../testing/corpus/corpus-files';
import { fixtureUrl } from '../../testing/fixtures';
import { layoutFixtures, routesOf } from '../../testing/layouts/layout-fixtures';
import { importText } from './import-text';

const SEED = 1204688;
const layout = (
  JSON.parse(
    gunzipSync(readFileSync(fixtureUrl(`corpus/c${SEED}.pdf.json.gz`))).toString('utf8'),
  ) as { layout: string }
).layout;

describe('pdftotext -layout with labels wrapped in a narrow column', () => {
  const truth = corpusCase(SEED, corpusBases()).report.cells;
  const result = importText(layout);
  if (!result.ok) throw new Error(result.message);
  const { cells } = result.report;

  it('reads no number of 表三 or 表四 wrong; a cell left open is marked as not read', () => {
    for (const id of Object.keys(truth).filter((k) => /^t[34]_/.test(k))) {
      const got = cells[id];
      if ((got === null || got === undefined) && truth[id] !== 0)
        expect([id, readAsPrinted(result.provenance[id])]).toEqual([id, false]);
      else expect([id, got ?? 0]).toEqual([id, truth[id] ?? 0]);
    }
  });

  it('marks the columns a short row left without a number as read by position', () => {
    // （一）予以公开 printed 4 of its 7 cells; 自然人 was left blank.
    expect(cells.t3_open_natural ?? null).toBeNull();
    expect(readAsPrinted(result.provenance.t3_open_natural)).toBe(false);
    expect(readAsPrinted(result.provenance.t3_open_nonprofit)).toBe(false);
  });

  it('raises no error the report does not have', () => {
    const errors = checkAll(result.report, undefined, { provenance: result.provenance }).filter(
      (f) => f.severity === 'error' && !f.doubt,
    );
    expect(errors.map((f) => f.message)).toEqual([]);
  });
});

describe('pdftotext -layout with 表三 over three pages, each spaced anew', () => {
  // break-plain-2021: page 2 prints no 表三 row whole, so nothing measures its columns there.
  const fixture = layoutFixtures().find((f) => f.name === 'break-plain-2021');
  if (!fixture) throw new Error('break-plain-2021 missing');
  const result = routesOf(fixture.name)['pdftotext -layout']?.();
  if (!result?.ok) throw new Error('not read');
  const { cells } = result.report;
  const truth = fixture.report.cells;

  it("places page 1's short rows by page 1's columns, not by another page's", () => {
    // （一）予以公开 printed 7 4 2 · · 2 15 under 一、本年新收's columns.
    expect(
      ['natural', 'business', 'research', 'other', 'total'].map((c) => cells[`t3_open_${c}`]),
    ).toEqual([7, 4, 2, 2, 15]);
  });

  it("leaves page 2's short rows blank, noted, rather than placing them by the equations", () => {
    // 8.属于行政查询事项 opens page 2 (after the form feed).
    const row = Object.keys(truth).filter((id) => id.startsWith('t3_deny_query_'));
    for (const id of row) {
      expect([id, cells[id] ?? null]).toEqual([id, null]);
      expect([id, readAsPrinted(result.provenance[id])]).toEqual([id, false]);
    }
    expect(result.notes.some((n) => n.includes('每页的栏距不同'))).toBe(true);
  });
});

describe('pdftotext -layout where a page compresses short rows out of their columns', () => {
  // Corpus case 1252202: 1.属于国家秘密 prints "0 0 2 2 4" (法律服务机构 2, 其他 2, 总计 4) spaced
  // so that its columns read 科研机构 2, 社会公益组织 2, 法律服务机构 4 — and a 总计 derived as 8.
  const seed = 1252202;
  const text = (
    JSON.parse(
      gunzipSync(readFileSync(fixtureUrl(`corpus/c${seed}.pdf.json.gz`))).toString('utf8'),
    ) as { layout: string }
  ).layout;
  const truth = corpusCase(seed, corpusBases()).report.cells;
  const result = importText(text);
  if (!result.ok) throw new Error(result.message);
  const { cells } = result.report;

  it('reads no total as twice its row, and leaves open, noted, what the columns cannot place', () => {
    for (const id of Object.keys(truth).filter((k) => /^t3_deny_(secret|law|query)_/.test(k))) {
      const got = cells[id];
      if (got === null || got === undefined)
        expect([id, readAsPrinted(result.provenance[id])]).toEqual([id, false]);
      else expect([id, got]).toEqual([id, truth[id]]);
    }
  });
});
