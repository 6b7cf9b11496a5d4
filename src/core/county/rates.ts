/**
 * Rates as exact fractions of integers: a rate is its numerator and denominator, compared by cross
 * multiplication and printed by integer rounding, so no float ever decides a rank or a digit.
 */

/** Below this many cases a rate is shown as 样本过少 and not ranked. */
export const MIN_SAMPLE = 5;

/** A rate that could be worked out, or why not. */
export type Rate =
  | { readonly kind: 'rate'; readonly num: number; readonly den: number }
  | { readonly kind: 'few'; readonly num: number; readonly den: number }
  | { readonly kind: 'none'; readonly reason: string };

/** The rate num / den, marked as too few when den is under MIN_SAMPLE. */
export function rate(num: number, den: number): Rate {
  return den < MIN_SAMPLE ? { kind: 'few', num, den } : { kind: 'rate', num, den };
}

/** Whether a rate takes part in a ranking (known, and over enough cases). */
export function ranked(r: Rate): r is Extract<Rate, { kind: 'rate' }> {
  return r.kind === 'rate';
}

/** num / den in tenths of a percent, rounded half up, exactly (83.35% → 834). */
export function permille(num: number, den: number): number {
  return Math.floor((num * 2000 + den) / (2 * den));
}

/** Tenths as text with one decimal: 834 → "83.4", -5 → "-0.5". */
function tenths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return `${sign}${Math.floor(abs / 10)}.${abs % 10}`;
}

/** A rate as printed: "83.3%", "样本过少", or why it is missing. */
export function rateText(r: Rate): string {
  if (r.kind === 'none') return r.reason;
  if (r.kind === 'few') return '样本过少';
  return `${tenths(permille(r.num, r.den))}%`;
}

/** a/b against c/d: negative, zero or positive (b, d > 0). */
export function compareFractions(a: number, b: number, c: number, d: number): number {
  return a * d - c * b;
}

/** The change from `before` to `now` in tenths of a percentage point, when both are ranked. */
export function changeTenths(now: Rate, before: Rate | undefined): number | undefined {
  if (!before || !ranked(now) || !ranked(before)) return undefined;
  // now − before = (a·d − c·b) / (b·d), in tenths of a point: × 1000, rounded half away from 0.
  const num = now.num * before.den - before.num * now.den;
  const den = now.den * before.den;
  const scaled = Math.floor((Math.abs(num) * 2000 + den) / (2 * den));
  return num < 0 ? -scaled : scaled;
}

/** A change in percentage points as printed: "+2.5个百分点", "持平". */
export function changeText(value: number | undefined): string {
  if (value === undefined) return '—';
  if (value === 0) return '持平';
  return `${value > 0 ? '+' : ''}${tenths(value)}个百分点`;
}
