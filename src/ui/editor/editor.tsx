import { useState } from 'react';
import type { DraftRecord } from '../../workspace/drafts';
import { ChecksPanel } from './checks/checks-panel';
import { ConflictBanner } from './conflict-banner';
import { EditorHeader } from './header/editor-header';
import { EditorSections } from './editor-sections';
import { FormatChangeDialog } from './format-change-dialog';
import { HelpContext, type HelpRequest } from './help/help-context';
import { HelpPanel } from './help/help-panel';
import { NoticeBar, type EditorNotice } from './notice-bar';
import { focusSection } from './page-focus';
import { PrintPreview, type Printed } from './export/print-preview';
import { SectionNav } from './section-nav';
import { SkipLinks } from './skip-links';
import { EditorContext, useEditorState } from './state/use-editor-state';
import { useFormatSwitch } from './use-format-switch';
import { useReplacementReopens, useReturnToPlace } from './use-reopen-effects';
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
  const [preview, setPreview] = useState<Printed | null>(null);
  const [help, setHelp] = useState<HelpRequest | undefined>(undefined);
  const [noticeShown, setNoticeShown] = useState(true);
  const { restore, undo } = useRestore(onReplace);
  const format = useFormatSwitch(onReplace);
  useReplacementReopens(onReplace);
  useReturnToPlace(record);

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
        <EditorSections onTemplate={format.request} />
        <ChecksPanel />
      </div>
      <FormatChangeDialog
        change={format.pending}
        onConfirm={format.confirm}
        onClose={format.cancel}
      />
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
