/** Where a finding points in the page: its section and the element to focus. */
import { cellsOf, type Finding, type Template } from '../../../core';

/** Page sections: 基本信息 plus the report's six. */
export type PageSection =
  'meta' | 'overview' | 'active' | 'requests' | 'review' | 'problems' | 'other';

const FIELD_SECTIONS: Readonly<Record<string, PageSection>> = {
  'text.intro': 'meta',
  'text.overview': 'overview',
  'text.problems': 'problems',
  'text.other': 'other',
};

/** The section a finding belongs to. */
export function findingSection(template: Template, finding: Finding): PageSection {
  const cell = finding.cells[0];
  const info = cell ? cellsOf(template).get(cell) : undefined;
  if (info) return info.section;
  if (finding.field) return FIELD_SECTIONS[finding.field] ?? 'meta';
  return 'meta';
}

const HIGHLIGHT = 'data-highlight';

/**
 * Scroll to and focus the finding's cell — `likely` (where a balance break most likely is), else
 * its first editable cell, else its field — and highlight all its cells.
 */
export function showFinding(finding: Finding, likely?: string): void {
  for (const element of document.querySelectorAll(`[${HIGHLIGHT}]`)) {
    element.removeAttribute(HIGHLIGHT);
  }
  const inputs = finding.cells
    .map((id) => document.querySelector<HTMLInputElement>(`input[data-cell="${id}"]`))
    .filter((input): input is HTMLInputElement => input !== null);
  for (const input of inputs) input.closest('td')?.setAttribute(HIGHLIGHT, finding.rule);
  const target =
    inputs.find((input) => !input.readOnly && input.dataset.cell === likely) ??
    inputs.find((input) => !input.readOnly) ??
    inputs[0] ??
    (finding.field ? document.querySelector<HTMLElement>(`[name="${finding.field}"]`) : null);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  if (target instanceof HTMLInputElement && !target.readOnly) target.select();
}
