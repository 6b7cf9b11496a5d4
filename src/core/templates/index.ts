/**
 * The template list: the one place that says which official formats exist. Format ids, the id
 * type, year → format, the report file's `template` check and the CLI's choices derive from it.
 * A new format is a data file beside fy2021.ts and its entry in BUILT_IN.
 */
import type { Template } from '../template-types';
import { FY2019 } from './fy2019';
import { FY2021 } from './fy2021';

const BUILT_IN = [FY2019, FY2021] as const satisfies readonly Template[];

/** The id of an official format ("2019", "2021"). */
export type TemplateId = (typeof BUILT_IN)[number]['id'];

/**
 * The formats in use: the built-in ones, plus any registered at run time. Typed by the built-in
 * ids; a registered format's id is checked at run time like every id read from a file.
 */
const registry: Template<TemplateId>[] = [...BUILT_IN];

/** Every supported format, oldest first (by the first report year it applies to). */
export const TEMPLATES: readonly Template<TemplateId>[] = registry;

/**
 * Add a format at run time. The product's formats are the built-in list; this is how a format
 * defined elsewhere (a test's synthetic format, a province's variant) joins every pipeline.
 */
export function registerTemplate(template: Template): void {
  if (registry.some((t) => t.id === template.id))
    throw new Error(`格式 ${template.id} 已存在，不能重复登记`);
  registry.push(template as Template<TemplateId>);
  registry.sort((a, b) => a.years.from - b.years.from);
}

/** The template of a format id, or undefined when there is no such format. */
export function findTemplate(id: unknown): Template<TemplateId> | undefined {
  return registry.find((t) => t.id === id);
}

/** The template of a format id; an unknown id is an error, never a silent fallback. */
export function getTemplate(id: string): Template<TemplateId> {
  const template = findTemplate(id);
  if (!template) throw new Error(`未知的报告格式“${id}”（可用：${templateIds().join('、')}）`);
  return template;
}

export function isTemplateId(value: unknown): value is TemplateId {
  return findTemplate(value) !== undefined;
}

/** Every format id, oldest first. */
export function templateIds(): TemplateId[] {
  return registry.map((t) => t.id);
}

/**
 * The format that applies to a report year: the latest format in force that year; before the
 * first format, the first one (the rules then warn that no format applies).
 */
export function templateIdForYear(year: number): TemplateId {
  const applying = registry.filter((t) => t.years.from <= year);
  const chosen = applying[applying.length - 1] ?? registry[0];
  return (chosen ?? FY2021).id;
}

/** The oldest format: report years before it have no official format. */
export function firstTemplate(): Template<TemplateId> {
  return registry[0] ?? FY2019;
}
