import { describe, expect, it } from 'vitest';
import {
  finerDecimals,
  formatValue,
  normalizeDigits,
  parseCell,
  sumCounts,
  type ParseResult,
} from './number';
import type { CellKind } from './template-types';

function valueOf(result: ParseResult): number | null {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result.value;
}

function messageOf(result: ParseResult): string {
  if (result.ok) throw new Error(`accepted as ${String(result.value)}`);
  return result.message;
}

const HAN = /[\u4e00-\u9fff]/;

describe('parseCell: text typed or imported', () => {
  it.each([
    ['12', 'count', 12],
    ['１２', 'count', 12],
    ['０', 'count', 0],
    ['1,234', 'count', 1234],
    ['1，234', 'count', 1234],
    ['１，２３４', 'count', 1234],
    ['12,345,678', 'count', 12345678],
    ['3.0', 'count', 3],
    [' 7 ', 'count', 7],
    ['12件', 'count', 12],
    ['+3', 'signed', 3],
    ['－3', 'signed', -3],
    ['-3', 'signed', -3],
    ['−3', 'signed', -3],
    ['0', 'signed', 0],
    ['+0', 'signed', 0],
    ['1,234', 'signed', 1234],
    ['-1,234', 'signed', -1234],
    ['7730.28', 'amount', 7730.28],
    ['96171.6', 'amount', 96171.6],
    ['7545', 'amount', 7545],
    ['6.0725', 'amount', 6.0725],
    ['0.0001', 'amount', 0.0001],
    ['1.23450', 'amount', 1.2345],
    ['１２.５', 'amount', 12.5],
    ['1,234.5', 'amount', 1234.5],
    ['25.1万元', 'amount', 25.1],
    // The cell is in 万元: "3.5万" reads as "3.5万元" does.
    ['3.5万', 'amount', 3.5],
    ['3.5 万', 'amount', 3.5],
  ] as [string, CellKind, number][])('%j as %s → %d', (input, kind, expected) => {
    const result = parseCell(input, kind);
    expect(result).toMatchObject({ ok: true, value: expected });
  });

  it('gives -0 as 0 (a signed "-0" is plain zero)', () => {
    expect(Object.is(valueOf(parseCell('-0', 'signed')), 0)).toBe(true);
  });

  it.each([
    ['-1', 'count'],
    ['－1', 'count'],
    ['1.5', 'count'],
    ['1.5', 'signed'],
    ['1,23', 'count'],
    ['abc', 'count'],
    ['abc', 'signed'],
    ['abc', 'amount'],
    ['三', 'count'],
    ['1.123456789', 'amount'],
    ['0.000000001', 'amount'],
    ['-5', 'amount'],
    ['12.555555元', 'amount'],
  ] as [string, CellKind][])('%j as %s is refused with a Chinese message', (input, kind) => {
    expect(messageOf(parseCell(input, kind))).toMatch(HAN);
  });

  it('says why a count is refused: negative, fraction, not a number', () => {
    expect(messageOf(parseCell('-1', 'count'))).toContain('负数');
    expect(messageOf(parseCell('1.5', 'count'))).toContain('整数');
    expect(messageOf(parseCell('abc', 'count'))).toContain('abc');
    expect(messageOf(parseCell('1.123456789', 'amount'))).toContain('8位小数');
  });

  it('keeps an amount finer than the format exactly as printed, with a note, never an error', () => {
    // 收费金额 in 万元 with six decimals; 采购总金额 in 元 with 分.
    expect(parseCell('6.072513', 'amount')).toEqual({
      ok: true,
      value: 6.072513,
      note: '比格式要求的精度（万元保留4位小数，即精确到元）更细，按原值保留',
    });
    const yuan = parseCell('1234567.89元', 'amount');
    expect(yuan.ok && yuan.value).toBe(123.456789);
    expect(yuan.ok && yuan.note).toBe(
      '按 1234567.89 元折算为 123.456789 万元，比格式要求的精度（万元保留4位小数，即精确到元）更细，按原值保留',
    );
    expect(parseCell(6.072513, 'amount')).toEqual({ ok: true, value: 6.072513 });
    expect(formatValue(123.456789, 'amount')).toBe('123.456789');
    expect(formatValue(0.00005, 'amount')).toBe('0.00005');
    expect(finerDecimals(6.072513)).toBe(2);
    expect(finerDecimals(6.0725)).toBe(0);
  });

  it.each(['', ' ', '   ', '\u3000', ' \t\n'])('blank %j → null', (input) => {
    for (const kind of ['count', 'signed', 'amount'] as const) {
      expect(parseCell(input, kind)).toEqual({ ok: true, value: null });
    }
  });

  it('null and undefined are blank', () => {
    expect(parseCell(null, 'count')).toEqual({ ok: true, value: null });
    expect(parseCell(undefined, 'amount')).toEqual({ ok: true, value: null });
  });

  it('reads an amount in 元 as 万元 and says so in a note', () => {
    const result = parseCell('251000元', 'amount');
    expect(result.ok && result.value).toBe(25.1);
    const note = result.ok ? (result.note ?? '') : '';
    expect(note).toContain('元');
    expect(note).toContain('万元');
    expect(note).toContain('251000');
    expect(note).toContain('25.1');
  });

  it('an amount in 万元 needs no conversion note', () => {
    const result = parseCell('25.1万元', 'amount');
    expect(result).toMatchObject({ ok: true, value: 25.1 });
    expect(result.ok && result.note).toBeFalsy();
  });

  it('keeps a bracketed remark as a note', () => {
    expect(parseCell('22（其中修订16件）', 'count')).toEqual({
      ok: true,
      value: 22,
      note: '其中修订16件',
    });
    expect(parseCell('5(含转办2件)', 'count')).toEqual({ ok: true, value: 5, note: '含转办2件' });
  });

  it('a remark does not rescue an invalid number', () => {
    expect(parseCell('-3（其中修订1件）', 'count').ok).toBe(false);
  });

  it('things that are neither numbers nor text are refused', () => {
    expect(parseCell(true, 'count').ok).toBe(false);
    expect(parseCell({}, 'count').ok).toBe(false);
  });
});

describe('parseCell: numbers from a file', () => {
  it.each([
    [0, 'count'],
    [42, 'count'],
    [-3, 'signed'],
    [3, 'signed'],
    [7730.28, 'amount'],
    [96171.6, 'amount'],
    [6.0725, 'amount'],
    [0.0001, 'amount'],
    [0.125, 'amount'],
  ] as [number, CellKind][])('%d as %s is kept exactly', (input, kind) => {
    expect(parseCell(input, kind)).toEqual({ ok: true, value: input });
  });

  it.each([
    [-1, 'count'],
    [1.5, 'count'],
    [1.5, 'signed'],
    [-0.5, 'amount'],
    [0.1 + 0.2, 'amount'],
    [1.123456789, 'amount'],
    [Number.NaN, 'count'],
    [Number.POSITIVE_INFINITY, 'amount'],
    [2 ** 60, 'count'],
  ] as [number, CellKind][])('%d as %s is refused with a Chinese message', (input, kind) => {
    expect(messageOf(parseCell(input, kind))).toMatch(HAN);
  });
});

describe('formatValue', () => {
  it.each([
    [7730.28, 'amount', '7730.28'],
    [96171.6, 'amount', '96171.6'],
    [6.0725, 'amount', '6.0725'],
    [0.0001, 'amount', '0.0001'],
    [7545, 'amount', '7545'],
    [0, 'amount', '0'],
    [25.1, 'amount', '25.1'],
    [1234567, 'count', '1234567'],
    [0, 'count', '0'],
    [-3, 'signed', '-3'],
    [3, 'signed', '3'],
  ] as [number, CellKind, string][])('%d as %s prints %j', (value, kind, expected) => {
    expect(formatValue(value, kind)).toBe(expected);
  });

  it('prints what parseCell read, with no float artefacts', () => {
    for (const text of ['0.1', '0.2', '0.3', '1.1', '2.675', '1234.5678', '9999.9999', '7730.28']) {
      expect(formatValue(valueOf(parseCell(text, 'amount')) ?? Number.NaN, 'amount')).toBe(text);
    }
    expect(formatValue(valueOf(parseCell('251000元', 'amount')) ?? Number.NaN, 'amount')).toBe(
      '25.1',
    );
    expect(formatValue(valueOf(parseCell('1元', 'amount')) ?? Number.NaN, 'amount')).toBe('0.0001');
  });
});

describe('normalizeDigits', () => {
  it('turns full-width digits and signs into ASCII', () => {
    expect(normalizeDigits('０１２３４５６７８９')).toBe('0123456789');
    expect(normalizeDigits('＋１．５，－２')).toBe('+1.5,-2');
    expect(normalizeDigits('−3')).toBe('-3');
    expect(normalizeDigits('共收到１５件')).toBe('共收到15件');
  });
});

describe('sumCounts', () => {
  it('adds counts, blank as 0', () => {
    expect(sumCounts([])).toBe(0);
    expect(sumCounts([1, 2, 3])).toBe(6);
    expect(sumCounts([null, 4, null, 5])).toBe(9);
    expect(sumCounts([null, null])).toBe(0);
    expect(sumCounts([-3, 5])).toBe(2);
  });
});
