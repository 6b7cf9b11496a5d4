/** Moving the user's attention in the editor: to a cell, to a section, to the first field. */
import type { PageSection } from './checks/finding-target';

/** Focus a cell input by id and select its text, as a spreadsheet does. */
export function focusCell(id: string): boolean {
  const input = document.querySelector<HTMLInputElement>(`input[data-cell="${id}"]`);
  if (!input) return false;
  input.focus();
  input.select();
  return true;
}

export function scrollToSection(id: PageSection): void {
  document.getElementById(`section-${id}`)?.scrollIntoView({ block: 'start' });
}

/** The fields a clerk fills in, in page order: text areas, inputs, selects and typed cells. */
const FIELDS = 'textarea, input:not([type="checkbox"]):not([readonly]), select';

/**
 * Bring a section into view and put the focus in it: on its first field (a table's first typed
 * cell), so the keyboard goes on from there.
 */
export function focusSection(id: PageSection): void {
  const section = document.getElementById(`section-${id}`);
  if (!section) return;
  section.scrollIntoView({ block: 'start' });
  const field = section.querySelector<HTMLElement>(FIELDS);
  field?.focus({ preventScroll: true });
  if (field instanceof HTMLInputElement) field.select();
}

/**
 * A new draft: focus the first field that still needs the clerk — 机关名称 or 机关类型 when not
 * given, else the first empty narrative (the optional 开头段落 aside), else the first blank cell.
 */
export function focusFirstField(): boolean {
  const fields = [
    ...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      [
        '.editor-main input[name="meta.org"]',
        '.editor-main select[name="meta.orgType"]',
        '.editor-main textarea[name^="text."]:not([name="text.intro"])',
        '.editor-main input[data-cell]:not([readonly])',
      ].join(', '),
    ),
  ];
  const first = fields.find((field) => field.value.trim() === '') ?? fields[0];
  if (!first) return false;
  first.focus({ preventScroll: true });
  // Only as far as needed: a field already in view leaves the page (and what is above it) as it is.
  first.scrollIntoView({ block: 'nearest' });
  return true;
}
