/**
 * The form's resolver, field by field: a keystroke in a cell checks that one cell (parseCell, as
 * the form's schema does for each cell), not the whole form of ~220 fields through zod. A change
 * of any other field, or a check of the whole form (`trigger()`), goes to the schema's resolver.
 */
import type { FieldErrors, Resolver } from 'react-hook-form';
import { cellsOf, parseCell, type Template } from '../../core';
import type { FormValues } from './form-model';

export function fieldResolver(
  template: Template,
  whole: Resolver<FormValues>,
): Resolver<FormValues> {
  const cells = cellsOf(template);
  return (values, context, options) => {
    const names = options.names;
    const ids = names?.map((name) => (name.startsWith('cells.') ? name.slice(6) : undefined));
    if (!ids || ids.length === 0 || ids.some((id) => id === undefined || !cells.has(id))) {
      return whole(values, context, options);
    }
    const cellErrors: Record<string, { type: string; message: string }> = {};
    for (const id of ids as string[]) {
      const info = cells.get(id);
      const parsed = info && parseCell(values.cells[id] ?? '', info.kind);
      if (parsed && !parsed.ok) cellErrors[id] = { type: 'custom', message: parsed.message };
    }
    const errors = (
      Object.keys(cellErrors).length > 0 ? { cells: cellErrors } : {}
    ) as FieldErrors<FormValues>;
    return { values: Object.keys(errors).length > 0 ? {} : values, errors };
  };
}
