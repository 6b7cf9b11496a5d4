import { describe, expect, it } from 'vitest';
import { FORMULA_PAYLOADS, readCsv as read } from '../testing/csv-payloads';
import { csvDocument, csvField, neutraliseFormula } from './csv';

/** Texts that must go through as they are. */
const PLAIN = ['青山镇人民政府', 'a,"b"', '行一\r\n行二', ' =1+1', '1-2', "'已加引号", ''] as const;

describe('csvField', () => {
  it("prefixes every text that starts like a formula with one `'`, and nothing else", () => {
    for (const payload of FORMULA_PAYLOADS) expect(neutraliseFormula(payload)).toBe(`'${payload}`);
    for (const text of PLAIN) expect(neutraliseFormula(text)).toBe(text);
  });

  it('writes numbers as numbers, negative ones too, and no field starts with a formula character', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(Number.NaN)).toBe('');
    for (const payload of FORMULA_PAYLOADS) {
      const written = csvField(payload).replace(/^"/, '');
      expect(written.startsWith("'"), payload).toBe(true);
    }
  });
});

describe('csvDocument', () => {
  const texts = [...FORMULA_PAYLOADS, ...PLAIN];
  const rows = texts.map((text, i) => [text, i, `${text}${text}`]);
  const document = csvDocument(['text', 'n', 'twice'], rows);

  it('starts with a BOM and ends every line with CRLF', () => {
    expect(document.startsWith('\uFEFFtext,n,twice\r\n')).toBe(true);
    expect(document.endsWith('\r\n')).toBe(true);
  });

  it("reads back, through a CSV reader, to the same text: whole, with one `'` before a formula", () => {
    const [header, ...back] = read(document);
    expect(header).toEqual(['text', 'n', 'twice']);
    expect(back).toHaveLength(texts.length);
    back.forEach((row, i) => {
      const text = texts[i] ?? '';
      expect(row, JSON.stringify(text)).toEqual([
        neutraliseFormula(text),
        String(i),
        neutraliseFormula(`${text}${text}`),
      ]);
    });
  });

  it('leaves no field that a spreadsheet would run', () => {
    for (const row of read(document)) {
      for (const field of row)
        expect(field, JSON.stringify(field)).not.toMatch(/^[=+\-@\t\r\n＝＋－＠]/);
    }
  });
});
