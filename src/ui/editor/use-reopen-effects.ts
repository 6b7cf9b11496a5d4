import { useEffect } from 'react';
import type { DraftRecord } from '../../workspace/drafts';
import type { PageSection } from './checks/finding-target';
import type { EditorNotice } from './notice-bar';
import { focusCell, focusFirstField, scrollToSection } from './page-focus';
import { useEditor } from './state/use-editor-state';

/** An undo or redo of a replacement (another format, a restored version) saved another record. */
export function useReplacementReopens(
  onReplace: (record: DraftRecord, notice?: EditorNotice) => void,
) {
  const engine = useEditor();
  useEffect(
    () =>
      engine.reopened.subscribe(() => {
        const next = engine.reopened.get();
        if (next) onReplace(next.record, { message: next.message });
      }),
    [engine, onReplace],
  );
}

/**
 * Mark invalid cells of a reopened draft, and go back to where the user was; a new draft (no
 * place kept) starts in its first field, not on the page body.
 */
export function useReturnToPlace(record: DraftRecord) {
  const engine = useEditor();
  useEffect(() => {
    void engine.form.trigger();
    const { cell, section } = record.ui;
    if (cell && focusCell(cell)) {
      document.querySelector(`[data-cell="${cell}"]`)?.scrollIntoView({ block: 'center' });
    } else if (section) {
      scrollToSection(section as PageSection);
    } else {
      focusFirstField();
    }
  }, [engine, record.ui]);
}
