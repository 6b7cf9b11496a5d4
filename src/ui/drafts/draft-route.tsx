import { lazy, Suspense, useEffect, useState } from 'react';
import type { EditorNotice } from '../editor/editor';
import {
  openDraft,
  rememberOpenDraft,
  type DraftLookup,
  type DraftRecord,
} from '../../workspace/drafts';
import { DraftOpenFailure, type DraftOpenFailed } from './draft-open-failure';

type Opened = DraftLookup | DraftOpenFailed;

// The editor (its form, checks and engine) is its own chunk: the drafts list and the desk load
// without it. It is fetched as a draft starts opening, beside the draft's own read.
const loadEditor = () => import('../editor/editor');
const Editor = lazy(() => loadEditor().then((m) => ({ default: m.Editor })));

/** One draft by id: the editor, or why it cannot be opened (and the way back to the list). */
export function DraftRoute({
  id,
  onHome,
  onOpen,
}: {
  id: string;
  onHome: () => void;
  onOpen: (id: string) => void;
}) {
  const [opened, setOpened] = useState<Opened | undefined>(undefined);
  // A restored version or another format reopens the editor on the new record.
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<EditorNotice | undefined>(undefined);

  useEffect(() => {
    void loadEditor().catch(() => undefined);
    openDraft(id).then(
      (found) => {
        setOpened(found);
        // Only a draft that opens is reopened next time: a bad pointer never traps the user.
        void rememberOpenDraft(found.kind === 'ok' ? id : undefined).catch(() => undefined);
      },
      (error: unknown) => {
        setOpened({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      },
    );
  }, [id]);

  if (opened === undefined) return <p className="loading">正在打开草稿…</p>;
  if (opened.kind === 'ok') {
    const replace = (record: DraftRecord, next?: EditorNotice) => {
      setOpened({ kind: 'ok', record });
      setNotice(next);
      setGeneration((g) => g + 1);
    };
    return (
      <Suspense fallback={<p className="loading">正在打开草稿…</p>}>
        <Editor
          key={generation}
          record={opened.record}
          unsaved={opened.unsaved}
          outdated={opened.outdated}
          notice={notice}
          onReplace={replace}
          onOpen={onOpen}
          onClose={() => {
            void rememberOpenDraft(undefined)
              .catch(() => undefined)
              .then(() => {
                onHome();
              });
          }}
        />
      </Suspense>
    );
  }
  return <DraftOpenFailure opened={opened} onHome={onHome} />;
}
