/**
 * A table read by bands (see bands.ts) instead of by its labels, when that reading is better: the
 * labels left numbers over or rows short, or the equations hold under fewer failures. The band
 * reading is taken only when one reading is best; equally good readings that differ leave the
 * label reading (and its notes) in place.
 */
import type { Equation } from '../../equations';
import { bandReadings, streamOf, type BandReading } from './bands';
import type { RowSpec } from './row-specs';
import { failures, oneCellExplains, tokenValue, type CellReading } from './resolve-rows';
import type { Token } from './tokens';

/** How a cell read by bands was placed (its provenance). */
export const BANDS_HOW = '原文（PDF 文本）的数字按列或分块排列，按勾稽关系确定所在的行和栏';

function labelFailures(
  specs: readonly RowSpec[],
  readings: ReadonlyMap<string, CellReading>,
  equations: readonly Equation[],
): number {
  const kinds = new Map(specs.flatMap((s) => s.cells.map((c) => [c.id, c.kind] as const)));
  return failures(equations, (id) => {
    const r = readings.get(id);
    const kind = kinds.get(id);
    if (!r || !kind) return null;
    if (r.kind === 'token') return tokenValue(r.token, kind);
    return r.kind === 'derived' ? r.value : null;
  });
}

/** The cells read by bands, or undefined when the label reading stands. */
export function readByBands(
  specs: readonly RowSpec[],
  tokens: readonly Token[],
  equations: readonly Equation[],
  labelReadings: ReadonlyMap<string, CellReading>,
  leftover: number,
): Map<string, CellReading> | undefined {
  const cols = specs[0]?.cells.length ?? 0;
  if (equations.length === 0 || specs.some((s) => s.cells.length !== cols)) return undefined;
  const stream = streamOf(tokens);
  // Numbers in a grid (a Word or web table, a TSV) sit in their rows' own cells: the band orders
  // are pdftotext's, and searching them there found nothing and cost a .docx whose equations
  // fail (2,000 readings scored) more than the rest of its reading.
  if (stream.numbers.every((t) => t.grid)) return undefined;
  const labelFail = labelFailures(specs, labelReadings, equations);
  const incomplete = [...labelReadings.values()].some((r) => r.kind !== 'token');
  if (labelFail === 0 && leftover === 0 && !incomplete) return undefined;
  // Each number's value for each cell it may land in, parsed once; a reading is then scored on a
  // flat array (row × cols + col) instead of a map of ids: there can be 2,000 readings.
  const at = new Map(specs.flatMap((s, r) => s.cells.map((c, i) => [c.id, r * cols + i] as const)));
  const valuesOf = (reading: BandReading) => {
    const values: (number | null)[] = new Array<number | null>(specs.length * cols).fill(null);
    reading.cells.forEach(([r, c], i) => {
      const cell = specs[r]?.cells[c];
      const token = stream.numbers[i];
      if (cell && token) values[r * cols + c] = tokenValue(token, cell.kind);
    });
    return values;
  };
  // The equations over the same flat indices (a cell outside the specs counts as blank).
  const index = (id: string) => at.get(id) ?? -1;
  const compiled = equations.map((eq) => ({
    target: index(eq.target),
    plus: eq.plus.map(index),
    minus: eq.minus.map(index),
  }));
  const scored = bandReadings(stream, specs.length, cols).map((reading) => {
    const values = valuesOf(reading);
    const fail = failures(compiled, (i) => (i < 0 ? null : (values[i] ?? null)));
    return { reading, values, fail };
  });
  const best = Math.min(...scored.map((s) => s.fail));
  // Of the readings under which the equations hold best, the simplest (fewest blocks).
  const fewest = Math.min(...scored.filter((s) => s.fail === best).map((s) => s.reading.blocks));
  const top = scored.filter((s) => s.fail === best && s.reading.blocks === fewest);
  const first = top[0];
  if (!first || best > labelFail || (best === labelFail && leftover === 0 && !incomplete))
    return undefined;
  // A band reading under which equations still fail is confirmed only where one printed figure
  // explains every failure (the report's own error); else the equations chose nothing.
  const explained = oneCellExplains(compiled, (i) => (i < 0 ? null : (first.values[i] ?? null)));
  if (best > 0 && !explained) return undefined;
  const same = (a: readonly (number | null)[], b: readonly (number | null)[]) =>
    a.every((v, i) => (v ?? 0) === (b[i] ?? 0));
  if (!top.every((s) => same(s.values, first.values))) return undefined;
  const out = new Map<string, CellReading>();
  first.reading.cells.forEach(([r, c], i) => {
    const cell = specs[r]?.cells[c];
    const token = stream.numbers[i];
    if (cell && token) out.set(cell.id, { kind: 'token', token, moved: false });
  });
  return out;
}
