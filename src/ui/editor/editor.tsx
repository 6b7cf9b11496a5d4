import { useEffect, useState } from 'react';
import type { Report } from '../../core';
import type { DraftRecord } from '../storage/drafts-db';
import { changeTemplate } from './change-template';
import { ChecksPanel } from './checks-panel';
import { ConflictBanner } from './conflict-banner';
import { EditorHeader } from './editor-header';
import { EditorSections } from './editor-sections';
import type { PageSection } from './finding-target';
import { NoticeBar, type EditorNotice } from './notice-bar';
import { focusCell, scrollToSection } from './page-focus';
import { PrintPreview } from './print-preview';
import { SectionNav } from './section-nav';
import { EditorContext, useEditor, useEditorState } from './state/use-editor-state';
import { useRestore } from './use-restore';

export type { EditorNotice } from './notice-bar';

interface EditorProps {
  record: DraftRecord;
  /** The record holds work storage refused so far (see drafts-db getDraft). */
  unsaved?: boolean | undefined;
  notice?: EditorNotice | undefined;
  /** Reopen on a new record (a restored version, another format), with what happened. */
  onReplace: (record: DraftRecord, notice?: EditorNotice) => void;
  onOpen: (id: string) => void;
  onClose: () => void;
}

/** The report editor for one draft: form, live checks, saving, history, exports. */
export function Editor(props: EditorProps) {
  const engine = useEditorState(props.record, props.unsaved === true);
  return (
    <EditorContext.Provider value={engine}>
      <EditorView {...props} />
    </EditorContext.Provider>
  );
}

function EditorView({ record, notice, onReplace, onOpen, onClose }: EditorProps) {
  const engine = useEditor();
  const [preview, setPreview] = useState<Report | null>(null);
  const [noticeShown, setNoticeShown] = useState(true);
  const { restore, undo } = useRestore(onReplace);

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
    <>
      <div className="editor">
        <EditorHeader
          onClose={onClose}
          onPreview={() => {
            setPreview(engine.currentReport());
          }}
          onRestore={(version) => {
            restore(version).catch(() => undefined); // storage refused: the banner says so
          }}
        />
        <ConflictBanner onReplace={onReplace} onOpen={onOpen} />
        {notice && noticeShown && (
          <NoticeBar
            notice={notice}
            onUndo={(report) => {
              undo(report).catch(() => undefined);
            }}
            onDismiss={() => {
              setNoticeShown(false);
            }}
          />
        )}
        <SectionNav onSection={scrollToSection} />
        <EditorSections
          onTemplate={(id) => {
            changeTemplate(engine, id).then(
              (next) => {
                if (next) onReplace(next);
              },
              () => undefined, // storage refused: the banner says so, the draft stays as it is
            );
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
    </>
  );
}
