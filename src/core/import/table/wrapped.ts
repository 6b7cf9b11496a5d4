/**
 * Numbers wrapped in a narrow column: LibreOffice breaks "15" in a cell too narrow for two digits
 * into "1" and "5" on two lines, above and below the row's other numbers (or the second digit
 * under the first). In laid-out text (pdftotext -layout, the PDF importer's lines) the fragments
 * stand at the same column. They are only candidates: the table reader joins one where the
 * table's equations hold better with it joined, and notes the others.
 */
import type { NumberToken } from './locate-labels';
import type { Token } from './tokens';

/** A possible wrapped number: the tokens it replaces and the one it becomes. */
export interface Wrap {
  /** The digits as printed, line by line ("1", "5"). */
  readonly parts: readonly string[];
  readonly joined: NumberToken;
  /** The printed tokens it joins (two joins that share one cannot both be taken). */
  readonly uses: readonly Token[];
  /** Apply the join to a token stream. */
  readonly apply: (tokens: readonly Token[]) => Token[];
}

const FRAGMENT = /^\d{1,2}$/;
/** How far apart (in columns) two fragments may stand and still be one cell. */
const SAME_COLUMN = 1.5;

/** A line holding nothing but one short number: a fragment of a wrapped cell. */
function fragmentOf(line: readonly Token[]): NumberToken | undefined {
  const [only] = line;
  if (line.length !== 1 || only?.kind !== 'number' || only.x === undefined) return undefined;
  return FRAGMENT.test(only.raw) ? only : undefined;
}

const near = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && Math.abs(a - b) <= SAME_COLUMN;

/** The wrapped numbers a table region's laid-out tokens may hold. */
export function wrapCandidates(tokens: readonly Token[]): Wrap[] {
  const lines: Token[][] = [];
  for (const t of tokens) {
    const last = lines[lines.length - 1];
    if (last && last[0]?.line === t.line) last.push(t);
    else lines.push([t]);
  }
  const numbers = (line: readonly Token[]) =>
    line.filter((t): t is NumberToken => t.kind === 'number' && t.raw !== '');
  const out: Wrap[] = [];
  lines.forEach((line, i) => {
    const top = fragmentOf(line);
    const row = lines[i + 1] ?? [];
    const below = lines[i + 2] ?? [];
    const bottom = fragmentOf(below);
    // "1" above the row, "5" below it, nothing of the row in that column: the row's cell "15".
    if (top && bottom && near(top.x, bottom.x) && numbers(row).length >= 2) {
      if (numbers(row).some((n) => near(n.x, top.x))) return;
      const joined: NumberToken = { ...top, raw: top.raw + bottom.raw, line: row[0]?.line ?? 0 };
      out.push({
        parts: [top.raw, bottom.raw],
        joined,
        uses: [top, bottom],
        apply: (stream) => {
          const rest = stream.filter((t) => t !== top && t !== bottom);
          // The joined cell goes in among the row's numbers, by its column.
          const after = rest.findIndex(
            (t) => t.line === joined.line && t.kind === 'number' && (t.x ?? 0) > (joined.x ?? 0),
          );
          const end = rest.findLastIndex((t) => t.line === joined.line);
          rest.splice(after >= 0 ? after : end + 1, 0, joined);
          return rest;
        },
      });
    }
    // The second digit alone under the first: the row's "1" and a "5" below it at its column.
    const next = lines[i + 1];
    const tail = next ? fragmentOf(next) : undefined;
    const head = tail ? numbers(line).find((n) => near(n.x, tail.x)) : undefined;
    if (tail && head && numbers(line).length >= 2 && /^\d+$/.test(head.raw)) {
      const joined: NumberToken = { ...head, raw: head.raw + tail.raw };
      out.push({
        parts: [head.raw, tail.raw],
        joined,
        uses: [head, tail],
        apply: (stream) => stream.flatMap((t) => (t === tail ? [] : t === head ? [joined] : [t])),
      });
    }
  });
  return out;
}
