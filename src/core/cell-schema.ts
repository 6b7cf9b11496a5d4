/** zod schema of what can be typed into each cell of a template: the number parser decides. */
import { z } from 'zod';
import { cellsOf } from './cells';
import { parseCell } from './number';
import type { Template } from './template-types';

const cache = new WeakMap<Template, z.ZodType<Record<string, string>, Record<string, string>>>();

/** An object schema with one string field per cell; an unparseable value fails with the parser's message. */
export function typedCellsSchema(
  template: Template,
): z.ZodType<Record<string, string>, Record<string, string>> {
  const known = cache.get(template);
  if (known) return known;
  const shape: Record<string, z.ZodType<string>> = {};
  for (const [id, info] of cellsOf(template)) {
    shape[id] = z.string().superRefine((value, ctx) => {
      const parsed = parseCell(value, info.kind);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
    });
  }
  const schema = z.looseObject(shape) as unknown as z.ZodType<
    Record<string, string>,
    Record<string, string>
  >;
  cache.set(template, schema);
  return schema;
}
