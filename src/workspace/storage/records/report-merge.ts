/**
 * Three-way merge of two reports changed from a common one, field by field (each basic field,
 * text, cell, explanation; the totals modes and the last-year link as one field each), as the
 * editor merges another tab's save: a field changed on one side only is taken from it; changed on
 * both sides differently, it is a conflict. Computed totals are not merged but computed again.
 * Used for unsaved changes left by a closed page (the journal) after other saves.
 */
import { fillTotals, getTemplate, isComputed, type Report } from '../../../core';
import { sameJson } from './same-json';

export interface ReportMerge {
  readonly report: Report;
  /** The fields both sides changed differently ("cells.t3_new_natural", "meta.org", …). */
  readonly conflicts: readonly string[];
}

type Json = Record<string, unknown>;

/** The report's fields as a flat map: `group.key` for meta, text and cells, one per explanation. */
function fieldsOf(report: Report): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  const { meta, text, cells, explanations, ...rest } = report as Report & Json;
  for (const [group, values] of [
    ['meta', meta],
    ['text', text],
    ['cells', cells],
  ] as const) {
    for (const [key, value] of Object.entries(values as Json)) fields.set(`${group}.${key}`, value);
  }
  for (const e of explanations ?? []) {
    const key = JSON.stringify([e.rule, e.field ?? '', [...e.cells].sort(), e.message ?? '']);
    fields.set(`explanations.${key}`, e);
  }
  for (const [key, value] of Object.entries(rest)) fields.set(key, value);
  return fields;
}

/** A report from merged fields, in the shape of `shape` (field groups rebuilt). */
function reportOf(fields: ReadonlyMap<string, unknown>): Report {
  const out: Json = { meta: {}, text: {}, cells: {} };
  const explanations: unknown[] = [];
  for (const [field, value] of fields) {
    if (value === undefined) continue;
    const dot = field.indexOf('.');
    const group = dot < 0 ? '' : field.slice(0, dot);
    if (group === 'meta' || group === 'text' || group === 'cells') {
      (out[group] as Json)[field.slice(dot + 1)] = value;
    } else if (group === 'explanations') explanations.push(value);
    else out[field] = value;
  }
  if (explanations.length > 0) out.explanations = explanations;
  return out as unknown as Report;
}

/** Merge `theirs` into `mine`, both changed from `base`. */
export function mergeReports(base: Report, mine: Report, theirs: Report): ReportMerge {
  if (base.template !== mine.template || base.template !== theirs.template) {
    // Another format on either side: cells do not correspond; only an untouched side yields.
    if (sameJson(mine, base)) return { report: theirs, conflicts: [] };
    if (sameJson(theirs, base) || sameJson(theirs, mine)) return { report: mine, conflicts: [] };
    return { report: mine, conflicts: ['template'] };
  }
  const b = fieldsOf(base);
  const m = fieldsOf(mine);
  const t = fieldsOf(theirs);
  const merged = new Map(m);
  const conflicts: string[] = [];
  for (const field of new Set([...b.keys(), ...m.keys(), ...t.keys()])) {
    const [was, ours, other] = [b.get(field), m.get(field), t.get(field)];
    if (sameJson(other, ours) || sameJson(other, was)) continue;
    if (sameJson(ours, was)) merged.set(field, other);
    else conflicts.push(field);
  }
  const report = reportOf(merged);
  const template = getTemplate(report.template);
  const modes = report.totals ?? {};
  // A computed total follows its inputs: a "conflict" there is the two sides' different sums.
  const real = conflicts.filter(
    (field) => !(field.startsWith('cells.') && isComputed(template, field.slice(6), modes)),
  );
  return {
    report: { ...report, cells: fillTotals(template, report.cells, modes) },
    conflicts: real,
  };
}
