/**
 * Number parsing and formatting, in one place. Inputs keep the text typed; this module decides
 * what it means: full-width digits, thousands separators, signs, 元 → 万元, notes in brackets.
 * Amounts are handled as integer units of 1/10000 万元 (= 1 元) so nothing is lost to floats.
 */
import type { CellKind } from './template-types';

export type ParseResult =
  | { readonly ok: true; readonly value: number | null; readonly note?: string }
  | { readonly ok: false; readonly message: string };

/** Units of an amount per 万元: 4 decimals, one unit = 1 元. */
export const AMOUNT_SCALE = 10_000;

/**
 * The most decimals (in 万元) an amount may have. The format asks for 4 (1 元), but published
 * reports print finer values — 采购总金额 in 元 with 分, 收费金额 in 万元 with six decimals — and
 * those are real: kept exactly as printed, with a warning (AMOUNT_PRECISION), never an error.
 */
export const MAX_AMOUNT_DECIMALS = 8;

/** Units of an amount per 万元 at the finest precision kept. */
const FINE_SCALE = 10 ** MAX_AMOUNT_DECIMALS;

const FULL_WIDTH = /[０-９＋－．，]/g;
const MINUS = /[−－﹣–]/g;

/** Full-width digits and signs to ASCII; the many minus signs to "-". */
export function normalizeDigits(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(MINUS, '-');
}

const BLANK = /^[\s\u3000]*$/;

/** Parse what a user typed (or a file holds) for a cell of the given kind. Blank → null. */
export function parseCell(input: unknown, kind: CellKind): ParseResult {
  if (input === null || input === undefined) return { ok: true, value: null };
  if (typeof input === 'number') return checkNumber(input, kind);
  if (typeof input !== 'string') return { ok: false, message: '不是数字' };
  if (BLANK.test(input)) return { ok: true, value: null };
  return parseText(input, kind);
}

/** The parsed value, or undefined when the input is invalid. */
export function cellValue(input: unknown, kind: CellKind): number | null | undefined {
  const parsed = parseCell(input, kind);
  return parsed.ok ? parsed.value : undefined;
}

function checkNumber(value: number, kind: CellKind): ParseResult {
  if (!Number.isFinite(value)) return { ok: false, message: '不是有效的数字' };
  if (kind === 'amount') {
    if (value < 0) return { ok: false, message: '金额不能为负数' };
    if (amountToFineUnits(plainDecimal(value)) === undefined)
      return { ok: false, message: `金额最多保留${MAX_AMOUNT_DECIMALS}位小数（单位：万元）` };
    return { ok: true, value };
  }
  if (!Number.isInteger(value)) return { ok: false, message: '应为整数，不能有小数' };
  if (!Number.isSafeInteger(value)) return { ok: false, message: '数字过大' };
  if (kind === 'count' && value < 0) return { ok: false, message: '件数不能为负数' };
  return { ok: true, value };
}

const NOTE = /^(.*?)[\s\u3000]*[（(]([^（）()]*)[）)][\s\u3000]*$/;
const THOUSANDS = /^[+-]?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$/;
const COUNT_UNIT = /(?:件|个|条|项|起|次|份)$/;

function parseText(raw: string, kind: CellKind): ParseResult {
  let text = normalizeDigits(raw)
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
  let note: string | undefined;
  const withNote = NOTE.exec(text);
  if (withNote && /\d/.test(withNote[1] ?? '')) {
    text = (withNote[1] ?? '').trim();
    note = (withNote[2] ?? '').trim();
  }
  let yuan = false;
  if (kind === 'amount') {
    if (text.endsWith('万元')) text = text.slice(0, -2).trim();
    else if (text.endsWith('万'))
      text = text.slice(0, -1).trim(); // "3.5万" as "3.5万元"
    else if (text.endsWith('元')) {
      text = text.slice(0, -1).trim();
      yuan = true;
    }
  } else if (COUNT_UNIT.test(text)) {
    text = text.slice(0, -1).trim();
  }
  if (THOUSANDS.test(text)) text = text.replace(/[,，]/g, '');
  const result = kind === 'amount' ? parseAmount(text, yuan, raw) : parseInteger(text, kind, raw);
  if (!result.ok || note === undefined || note === '') return result;
  return { ok: true, value: result.value, note: result.note ? `${result.note}；${note}` : note };
}

function parseInteger(text: string, kind: CellKind, raw: string): ParseResult {
  const match = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return { ok: false, message: notANumber(raw, kind) };
  const [, sign, digits = '', fraction] = match;
  if (fraction !== undefined && !/^0+$/.test(fraction)) {
    return { ok: false, message: `「${raw.trim()}」应为整数，不能有小数` };
  }
  const value = Number(digits) * (sign === '-' ? -1 : 1);
  if (!Number.isSafeInteger(value)) return { ok: false, message: `「${raw.trim()}」数字过大` };
  if (kind === 'count' && value < 0)
    return { ok: false, message: `「${raw.trim()}」件数不能为负数` };
  return { ok: true, value: value === 0 ? 0 : value };
}

function parseAmount(text: string, yuan: boolean, raw: string): ParseResult {
  if (/^-/.test(text)) return { ok: false, message: `「${raw.trim()}」金额不能为负数` };
  const plain = text.replace(/^\+/, '');
  if (!/^\d+(?:\.\d+)?$/.test(plain)) return { ok: false, message: notANumber(raw, 'amount') };
  if (yuan) {
    // 元 to 万元 by moving the decimal point, so 分 are kept exactly ("1234567.89元" → 123.456789).
    const [whole = '', cents = ''] = plain.split('.');
    const padded = whole.padStart(5, '0');
    const wan = `${padded.slice(0, -4)}.${padded.slice(-4)}${cents}`;
    const shown = wan.replace(/^0+(?=\d)/, '').replace(/\.?0+$/, '');
    if (amountToFineUnits(shown) === undefined) {
      return { ok: false, message: `「${raw.trim()}」金额的小数位数过多（单位：万元）` };
    }
    const kept = plain.replace(/\.0+$/, '');
    const note = `按 ${kept} 元折算为 ${shown} 万元`;
    return { ok: true, value: Number(shown), note: finerNote(shown, note) };
  }
  if (amountToUnits(plain) !== undefined) return { ok: true, value: Number(plain) };
  if (amountToFineUnits(plain) === undefined) {
    return {
      ok: false,
      message: `「${raw.trim()}」金额最多保留${MAX_AMOUNT_DECIMALS}位小数（单位：万元）`,
    };
  }
  return { ok: true, value: Number(plain), note: finerNote(plain, undefined) };
}

/** The precision note of an amount finer than the format's 4 decimals (in 万元). */
function finerNote(wan: string, note: string | undefined): string | undefined {
  if (amountToUnits(wan) !== undefined) return note;
  const finer = '比格式要求的精度（万元保留4位小数，即精确到元）更细，按原值保留';
  return note ? `${note}，${finer}` : finer;
}

/** How many decimals an amount has beyond the format's 4 (0 when it keeps to them). */
export function finerDecimals(value: number): number {
  const text = plainDecimal(value);
  const decimals = (/\.(\d+)$/.exec(text)?.[1] ?? '').replace(/0+$/, '').length;
  return Math.max(0, decimals - 4);
}

/** A number as plain decimal digits, never in exponent notation (1e-7 → "0.0000001"). */
function plainDecimal(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}

/**
 * An amount in decimal as integer units of 10^-8 万元 (the finest kept); undefined when it has more
 * decimals than that.
 */
export function amountToFineUnits(decimal: string): number | undefined {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (!match) return undefined;
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > MAX_AMOUNT_DECIMALS) return undefined;
  const units = Number(match[1]) * FINE_SCALE + Number(fraction.padEnd(MAX_AMOUNT_DECIMALS, '0'));
  return Number.isSafeInteger(units) ? units : undefined;
}

/** Integer units of 10^-8 万元 as a decimal string with no trailing zeros. */
export function formatFineUnits(units: number): string {
  const whole = Math.trunc(units / FINE_SCALE);
  const fraction = String(units % FINE_SCALE)
    .padStart(MAX_AMOUNT_DECIMALS, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

function notANumber(raw: string, kind: CellKind): string {
  const what =
    kind === 'amount' ? '金额（万元）' : kind === 'signed' ? '整数（可带 + 或 - 号）' : '非负整数';
  return `「${raw.trim()}」不是有效的数字，应填${what}`;
}

/** An amount written in decimal ("96171.6") as integer units of 1/10000 万元; undefined if > 4 decimals. */
export function amountToUnits(decimal: string): number | undefined {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (!match) return undefined;
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > 4) return undefined;
  const units = Number(match[1]) * AMOUNT_SCALE + Number(fraction.padEnd(4, '0'));
  return Number.isSafeInteger(units) ? units : undefined;
}

/** Integer units of 1/10000 万元 as a decimal string with no trailing zeros ("25.1"). */
export function formatUnits(units: number): string {
  const whole = Math.trunc(units / AMOUNT_SCALE);
  const fraction = String(units % AMOUNT_SCALE)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** A valid cell value as plain digits: integers as they are, amounts with their own decimals. */
export function formatValue(value: number, kind: CellKind): string {
  if (kind !== 'amount') return String(value);
  const units = amountToUnits(String(value));
  if (units !== undefined) return formatUnits(units);
  // Finer than the format: exactly as kept, every decimal.
  const fine = amountToFineUnits(plainDecimal(value));
  return fine === undefined ? String(value) : formatFineUnits(fine);
}

/** Exact sum of integer counts (blank = 0). */
export function sumCounts(values: readonly (number | null)[]): number {
  let sum = 0;
  for (const v of values) sum += v ?? 0;
  return sum;
}

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const POWERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A number written in digits or Chinese numerals: "15", "十五", "一百零二", and digit by digit as
 * years are ("二〇二一" → 2021); undefined when it is not a number.
 */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length > 1 && !/[十百千]/.test(text)) {
    const digits = Array.from(text, (c) => DIGITS[c]);
    return digits.every((d) => d !== undefined) ? Number(digits.join('')) : undefined;
  }
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in POWERS) {
      total += (digit ?? 1) * (POWERS[ch] ?? 1);
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return text === '' ? undefined : total + (digit ?? 0);
}
