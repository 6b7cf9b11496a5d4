import { useEffect, useState } from 'react';
import type { DraftRecord } from '../../workspace/drafts';
import { ConfirmDialog } from '../confirm-dialog';
import { changeTemplate, templateChange, type TemplateChange } from './change-template';
import { ChecksPanel } from './checks/checks-panel';
import { ConflictBanner } from './conflict-banner';
import { EditorHeader } from './header/editor-header';
import { EditorSections } from './editor-sections';
import type { PageSection } from './checks/finding-target';
import { HelpContext, type HelpRequest } from './help/help-context';
import { HelpPanel } from './help/help-panel';
import { NoticeBar, type EditorNotice } from './notice-bar';
import { focusCell, focusFirstField, focusSection, scrollToSection } from './page-focus';
import { PrintPreview, type Printed } from './export/print-preview';
import { SectionNav } from './section-nav';
import { SkipLinks } from './skip-links';
import { EditorContext, useEditor, useEditorState } from './state/use-editor-state';
import { useRestore } from './use-restore';

export type { EditorNotice } from './notice-bar';

interface EditorProps {
  record: DraftRecord;
  /** The record holds work storage refused so far (see drafts-db getDraft). */
  unsaved?: boolean | undefined;
  /** Newer code left changes for this draft: open it without saving (see DraftLookup). */
  outdated?: boolean | undefined;
  notice?: EditorNotice | undefined;
  /** Reopen on a new record (a restored version, another format), with what happened. */
  onReplace: (record: DraftRecord, notice?: EditorNotice) => void;
  onOpen: (id: string) => void;
  onClose: () => void;
}

/** The report editor for one draft: form, live checks, saving, history, exports. */
export function Editor(props: EditorProps) {
  const engine = useEditorState(props.record, {
    unsaved: props.unsaved,
    outdated: props.outdated,
  });
  return (
    <EditorContext.Provider value={engine}>
      <EditorView {...props} />
    </EditorContext.Provider>
  );
}

function EditorView({ record, notice, onReplace, onOpen, onClose }: EditorProps) {
  const engine = useEditor();
  const [preview, setPreview] = useState<Printed | null>(null);
  const [help, setHelp] = useState<HelpRequest | undefined>(undefined);
  const [noticeShown, setNoticeShown] = useState(true);
  const { restore, undo } = useRestore(onReplace);
  const [format, setFormat] = useState<TemplateChange | undefined>(undefined);
  const switchFormat = (change: TemplateChange) => {
    setFormat(undefined);
    changeTemplate(engine, change).then(
      (next) => {
        if (next) onReplace(next);
      },
      () => undefined, // storage refused: the banner says so, the draft stays as it is
    );
  };

  // An undo or redo of a replacement (another format, a restored version) saved another record.
  useEffect(
    () =>
      engine.reopened.subscribe(() => {
        const next = engine.reopened.get();
        if (next) onReplace(next.record, { message: next.message });
      }),
    [engine, onReplace],
  );

  // Mark invalid cells of a reopened draft, and go back to where the user was; a new draft (no
  // place kept) starts in its first field, not on the page body.
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

  return (
    <HelpContext.Provider
      value={(request = {}) => {
        setHelp(request);
      }}
    >
      <div className="editor">
        <SkipLinks />
        <EditorHeader
          onClose={onClose}
          onPreview={setPreview}
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
        <SectionNav onSection={focusSection} />
        <EditorSections
          onTemplate={(id) => {
            const change = templateChange(engine, id);
            if (!change) return;
            // Cells with no place in the other format are lost: ask first.
            if (change.dropped.length > 0) setFormat(change);
            else switchFormat(change);
          }}
        />
        <ChecksPanel />
      </div>
      <ConfirmDialog
        open={format !== undefined}
        title={`改用${format?.name ?? ''}`}
        confirmLabel={`仍然改用${format?.name ?? ''}`}
        onConfirm={() => {
          if (format) switchFormat(format);
        }}
        onClose={() => {
          setFormat(undefined);
        }}
      >
        <p>
          改用{format?.name}后，以下单元格没有对应位置，数值不会保留：{format?.dropped.join('、')}
          。改用前的内容会保存为一个历史版本。
        </p>
      </ConfirmDialog>
      {preview && (
        <PrintPreview
          printed={preview}
          onClose={() => {
            setPreview(null);
          }}
        />
      )}
      <HelpPanel
        request={help}
        onClose={() => {
          setHelp(undefined);
        }}
      />
    </HelpContext.Provider>
  );
}
