/**
 * The editor's state as flat fields ("cells.t3_new_natural", "modes", one per explanation, …) for
 * the merge.
 */
import type { LastYearLink, ReviewOpinionState, StoredExplanation } from '../../core';
import type { FormValues, TotalsModes } from './form-model';
import type { Fields } from './merge';

export interface EditorSnapshot {
  readonly values: FormValues;
  readonly modes: TotalsModes;
  readonly lastYear: LastYearLink | undefined;
  readonly explanations: readonly StoredExplanation[];
  /** The county's opinion with the clerk's answers: one field (answers rarely race). */
  readonly reviewOpinion?: ReviewOpinionState | undefined;
}

/**
 * The merge key of an explanation: the finding it is about (rule, place, cells, and the message of
 * a finding on a text). Two tabs explaining different findings merge; the same finding explained
 * differently in both is a conflict like any other field.
 */
export function explanationKey(e: StoredExplanation): string {
  return `explanations.${JSON.stringify([e.rule, e.field ?? '', [...e.cells].sort(), e.message ?? ''])}`;
}

export function fieldsOf(state: EditorSnapshot): Fields {
  const fields: Record<string, string> = {
    modes: JSON.stringify(state.modes),
    lastYear: JSON.stringify(state.lastYear ?? null),
    reviewOpinion: JSON.stringify(state.reviewOpinion ?? null),
  };
  for (const e of state.explanations) fields[explanationKey(e)] = JSON.stringify(e);
  for (const group of ['meta', 'text', 'cells'] as const) {
    for (const [key, value] of Object.entries(state.values[group])) {
      fields[`${group}.${key}`] = value;
    }
  }
  return fields;
}
