/**
 * 完成情况: per part of the report (一 to 六), whether it is filled (no blank cell, its text
 * written), checked (no error) and explained (every warning fixed or explained). React-free, read
 * from the findings the editor already has.
 */
import type { Finding, Template } from '../../../core';
import { findingSection, type PageSection } from './finding-target';

/** The findings that say a part is not filled yet, rather than that it is wrong. */
const UNFILLED = new Set<Finding['rule']>(['BLANK_CELL', 'SECTION_EMPTY']);

export interface PartProgress {
  readonly id: PageSection;
  readonly heading: string;
  /** No blank cell, its text written. */
  readonly filled: boolean;
  readonly errors: number;
  /** Warnings neither fixed nor explained (blank cells and empty text are counted in `filled`). */
  readonly warnings: number;
  readonly done: boolean;
}

/** The six parts' progress, in report order. */
export function partsProgress(template: Template, findings: readonly Finding[]): PartProgress[] {
  return template.sections.map((section) => {
    const own = findings.filter((f) => findingSection(template, f) === section.id);
    const filled = !own.some((f) => UNFILLED.has(f.rule));
    const errors = own.filter((f) => f.severity === 'error').length;
    const warnings = own.filter(
      (f) => f.severity === 'warning' && !f.explained && !UNFILLED.has(f.rule),
    ).length;
    return {
      id: section.id,
      heading: section.heading,
      filled,
      errors,
      warnings,
      done: filled && errors === 0 && warnings === 0,
    };
  });
}
