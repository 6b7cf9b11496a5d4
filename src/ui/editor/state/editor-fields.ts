/** The editor's state as flat fields ("cells.t3_new_natural", "modes", …) for the merge. */
import type { LastYearLink } from '../../../core';
import type { FormValues, TotalsModes } from '../form-model';
import type { Fields } from './merge';

export interface EditorSnapshot {
  readonly values: FormValues;
  readonly modes: TotalsModes;
  readonly lastYear: LastYearLink | undefined;
}

export function fieldsOf(state: EditorSnapshot): Fields {
  const fields: Record<string, string> = {
    modes: JSON.stringify(state.modes),
    lastYear: JSON.stringify(state.lastYear ?? null),
  };
  for (const group of ['meta', 'text', 'cells'] as const) {
    for (const [key, value] of Object.entries(state.values[group])) {
      fields[`${group}.${key}`] = value;
    }
  }
  return fields;
}
