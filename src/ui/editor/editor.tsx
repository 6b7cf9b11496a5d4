import { useEffect, useState } from 'react';
import type { Report } from '../../core';
import type { DraftRecord } from '../storage/drafts-db';
import { changeTemplate } from './change-template';
import { ChecksPanel } from './checks-panel';
import { EditorHeader } from './editor-header';
import { EditorSections } from './editor-sections';
import type { PageSection } from './finding-target';
import { focusCell, scrollToSection } from './page-focus';
import { PrintPreview } from './print-preview';
import { SectionNav } from './section-nav';
import { EditorContext, useEditorState } from './state/use-editor-state';

/** The report editor for one draft: form, live checks, autosave, exports. */
export function Editor({
  record,
  onReplace,
  onClose,
}: {
  record: DraftRecord;
  onReplace: (record: DraftRecord) => void;
  onClose: () => void;
}) {
  const engine = useEditorState(record);
  const [preview, setPreview] = useState<Report | null>(null);

  // Mark invalid cells of a reopened draft, and go back to where the user was.
  useEffect(() => {
    void engine.form.trigger();
    const { cell, section } = record.ui;
    if (cell && focusCell(cell)) {
      document.querySelector(`[data-cell="${cell}"]`)?.scrollIntoView({ block: 'center' });
    } else if (section) {
      scrollToSection(section as PageSection);
    }
  }, [engine, record.ui]);

  return (
    <EditorContext.Provider value={engine}>
      <div className="editor">
        <EditorHeader
          onClose={onClose}
          onPreview={() => {
            setPreview(engine.currentReport());
          }}
        />
        <SectionNav onSection={scrollToSection} />
        <EditorSections
          onTemplate={(id) => {
            void changeTemplate(engine, record, id).then((next) => {
              if (next) onReplace(next);
            });
          }}
        />
        <ChecksPanel />
      </div>
      {preview && (
        <PrintPreview
          report={preview}
          onClose={() => {
            setPreview(null);
          }}
        />
      )}
    </EditorContext.Provider>
  );
}
