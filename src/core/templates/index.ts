import type { Template, TemplateId } from '../template-types';
import { FY2019 } from './fy2019';
import { FY2021 } from './fy2021';

/** Every supported format, oldest first. */
export const TEMPLATES: readonly Template[] = [FY2019, FY2021];

/** The template of a format id. */
export function getTemplate(id: TemplateId): Template {
  return id === '2019' ? FY2019 : FY2021;
}

/** The format that applies to a report year (2019 format up to the 2020 report, 2021 format since). */
export function templateIdForYear(year: number): TemplateId {
  return year <= 2020 ? '2019' : '2021';
}

export function isTemplateId(value: unknown): value is TemplateId {
  return value === '2019' || value === '2021';
}
