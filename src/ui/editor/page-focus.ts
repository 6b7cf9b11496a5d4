/** Moving the user's attention in the editor: to a cell, to a section. */
import type { PageSection } from './finding-target';

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
