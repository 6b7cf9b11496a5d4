/**
 * Where each row's label is in a table region: by its key, by a distinctive part, or — where PDF
 * text cuts a label with its numbers or prints a merged label into it — by a long enough start.
 */
import { labelKey } from '../normalize';
import type { RowSpec } from './row-specs';
import type { Token } from './tokens';

/** A number cell of the stream. */
export type NumberToken = Extract<Token, { kind: 'number' }>;
/** A label word of the stream. */
export type TextToken = Extract<Token, { kind: 'text' }>;

/** A run of label text (as one key) and the number cells after it, up to the next text. */
export interface Segment {
  readonly text: string;
  readonly words: readonly TextToken[];
  readonly numbers: readonly NumberToken[];
}

interface Position {
  readonly seg: number;
  readonly offset: number;
}

/** A row's label found: segment, offsets in its text, and the row's index in the specs. */
export interface Match extends Position {
  readonly row: number;
  readonly end: number;
}

/** The tokens as alternating text runs and number cells. */
export function segmentsOf(tokens: readonly Token[]): Segment[] {
  const segments: { text: string; words: TextToken[]; numbers: NumberToken[] }[] = [];
  for (const token of tokens) {
    let last = segments[segments.length - 1];
    if (!last || (token.kind === 'text' && last.numbers.length > 0)) {
      last = { text: '', words: [], numbers: [] };
      segments.push(last);
    }
    if (token.kind === 'text') {
      last.text += labelKey(token.text);
      last.words.push(token);
    } else {
      last.numbers.push(token);
    }
  }
  return segments;
}

const MIN_PREFIX = 4;
const LOOKAHEAD = 3;

function before(a: Position, b: Position): boolean {
  return a.seg < b.seg || (a.seg === b.seg && a.offset < b.offset);
}

/** The first place at or after `from` where the row's label is written. */
function find(spec: RowSpec, row: number, segments: readonly Segment[], from: Position) {
  for (let s = from.seg; s < segments.length; s++) {
    const text = segments[s]?.text ?? '';
    const start = s === from.seg ? from.offset : 0;
    let best: Match | undefined;
    for (const key of [spec.key, ...spec.aliases]) {
      if (key === '') continue;
      const at = text.indexOf(key, start);
      if (at >= 0 && (!best || at < best.offset))
        best = { row, seg: s, offset: at, end: at + key.length };
    }
    // A label cut short by its numbers ("（二）部分公开（区分 0 0 …") or by a merged label
    // printed into it ("5.属于三类内部事 予公开 378 …"): a long enough start of it still names the row.
    for (let len = Math.min(text.length - start, spec.key.length - 1); len >= MIN_PREFIX; len--) {
      const prefix = spec.key.slice(0, len);
      const at = text.endsWith(prefix)
        ? text.length - len
        : len >= MIN_PREFIX + 1
          ? text.indexOf(prefix, start)
          : -1;
      if (at >= start) {
        if (!best || at < best.offset) best = { row, seg: s, offset: at, end: at + len };
        break;
      }
    }
    // A label cut in two by a page break (the row goes on, under the repeated header, on the
    // next page): its start ends this text and its rest starts the next ("5要求" + "行政机关确认…").
    const next = segments[s + 1]?.text ?? '';
    if (!best && next !== '') {
      for (const key of [spec.key]) {
        for (let k = Math.min(key.length - 2, text.length); k >= 2; k--) {
          const at = text.length - k;
          if (at >= start && text.endsWith(key.slice(0, k)) && next.startsWith(key.slice(k))) {
            best = { row, seg: s, offset: at, end: text.length };
            break;
          }
        }
      }
    }
    if (best) return best;
  }
  return undefined;
}

function overlaps(match: Match, found: readonly (Match | undefined)[]): boolean {
  return found.some(
    (m) => m !== undefined && m.seg === match.seg && m.offset < match.end && match.offset < m.end,
  );
}

/**
 * Where each row's label is. First in template order, a row whose label comes after a later
 * row's counting as missing; then rows still missing are looked for anywhere, for text that
 * lists the label column before the others (PDF text in column order).
 */
export function locate(
  specs: readonly RowSpec[],
  segments: readonly Segment[],
): (Match | undefined)[] {
  const found: (Match | undefined)[] = [];
  let cursor: Position = { seg: 0, offset: 0 };
  specs.forEach((spec, i) => {
    const match = find(spec, i, segments, cursor);
    const overtaken =
      match !== undefined &&
      specs.slice(i + 1, i + 1 + LOOKAHEAD).some((later, k) => {
        const other = find(later, i + 1 + k, segments, cursor);
        return other !== undefined && before(other, match);
      });
    if (!match || overtaken) {
      found.push(undefined);
      return;
    }
    found.push(match);
    cursor = { seg: match.seg, offset: match.end };
  });
  specs.forEach((spec, i) => {
    if (found[i] !== undefined) return;
    let from: Position = { seg: 0, offset: 0 };
    for (;;) {
      const match = find(spec, i, segments, from);
      if (!match) return;
      if (!overlaps(match, found)) {
        found[i] = match;
        return;
      }
      from = { seg: match.seg, offset: match.offset + 1 };
    }
  });
  return found;
}
