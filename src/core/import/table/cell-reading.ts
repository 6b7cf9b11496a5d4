/**
 * A table cell's value, provenance and notes from how it was read (resolve-rows.ts), and the notes
 * a table gets on the cells inferred, left blank or short.
 */
import type { CellInfo } from '../../cells';
import { formatValue, parseCell } from '../../number';
import type { CellValue } from '../../report';
import type { CellKind } from '../../template-types';
import type { CellSource } from '../import-result';
import type { NumberToken } from './locate-labels';
import type { CellReading } from './resolve-rows';

function cellValue(
  token: NumberToken,
  kind: CellKind,
  name: string,
): { value: CellValue; note?: string; how?: string } {
  // "—", "-", "/" or "无" printed in a number cell says "none": 0, as real pages print zeros or
  // "not applicable" (规章 of a township). Only a cell with nothing in it is blank.
  if (token.blank) return { value: token.raw === '' ? null : 0 };
  // An amount finer than the format (采购总金额 in 元 with 分) parses with a note: kept exactly.
  const parsed = parseCell(token.raw, kind);
  if (!parsed.ok) return { value: token.raw, note: `${name}：${parsed.message}，已按原文保留` };
  if (parsed.note === undefined || parsed.value === null) return { value: parsed.value };
  return {
    value: parsed.value,
    note: `${name}：“${token.raw}”按 ${formatValue(parsed.value, kind)} 读入（${parsed.note}）`,
  };
}

const MOVED = '原文的数字不能按位置直接对应，按勾稽关系确定所在的栏';

/** A cell's value and provenance from how it was read. */
export function cellOf(
  reading: CellReading | undefined,
  kind: CellKind,
  name: string,
  placedBy: string | undefined,
): { value: CellValue; source: CellSource; note?: string } {
  if (!reading || reading.kind === 'none') return { value: null, source: { source: 'missing' } };
  if (reading.kind === 'blank') {
    // A column a short row of text left without a number: blank by a reading, not as printed.
    const source: CellSource = placedBy
      ? { source: 'inferred', how: placedBy }
      : { source: 'printed' };
    return { value: null, source };
  }
  if (reading.kind === 'ambiguous') return { value: null, source: { source: 'missing' } };
  if (reading.kind === 'derived') {
    const how = `原文未列出，按 ${reading.formula} 推算为 ${reading.value}`;
    return { value: reading.value, source: { source: 'inferred', how } };
  }
  const { value, note, how: read } = cellValue(reading.token, kind, name);
  const how = reading.moved ? MOVED : (placedBy ?? read);
  const source: CellSource = how ? { source: 'inferred', how } : { source: 'printed' };
  return { value, source, ...(note ? { note } : {}) };
}

/** Notes on the cells inferred and left blank, one per kind and table. */
export function inferenceNotes(
  tableName: string,
  readings: ReadonlyMap<string, CellReading>,
  sources: Readonly<Record<string, CellSource>>,
  nameOf: (id: string) => string,
): string[] {
  const notes: string[] = [];
  const ids = [...readings.keys()];
  const unsure = ids.filter((id) => readings.get(id)?.kind === 'ambiguous');
  const inferred = ids.filter((id) => sources[id]?.source === 'inferred');
  const first = inferred[0];
  if (first !== undefined) {
    const how = sources[first];
    notes.push(
      `${tableName} 有 ${inferred.length} 个单元格是推定的（如 ${nameOf(first)}：${how?.source === 'inferred' ? how.how : ''}），请核对`,
    );
  }
  if (unsure[0] !== undefined) {
    notes.push(
      `${tableName} 有 ${unsure.length} 个单元格无法确定（如 ${nameOf(unsure[0])}：数字少于栏数，所在的栏不能由位置或勾稽关系唯一确定），留空，请对照原文填写`,
    );
  }
  return notes;
}

/** A note on the rows that printed some numbers but not all, the rest left blank. */
export function shortNote(
  tableName: string,
  readings: ReadonlyMap<string, CellReading>,
  infos: ReadonlyMap<string, CellInfo>,
  notes: string[],
): void {
  const rows = new Map<string, CellReading[]>();
  for (const [id, reading] of readings) {
    const row = infos.get(id)?.row ?? '';
    rows.set(row, [...(rows.get(row) ?? []), reading]);
  }
  const short = [...rows].filter(
    ([, list]) => list.some((r) => r.kind === 'token') && list.some((r) => r.kind === 'none'),
  );
  const first = short[0];
  if (!first) return;
  const got = first[1].filter((r) => r.kind === 'token').length;
  notes.push(
    `${tableName} 有 ${short.length} 行数字少于栏数（如 ${tableName} ${first[0]} 只有 ${got} 个），按从左到右读入，缺的留空`,
  );
}
