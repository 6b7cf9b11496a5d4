import { useCallback, useEffect, useState } from 'react';
import type { Report } from '../../core';
import { ImportPanel } from '../import/import-panel';
import {
  copyRecord,
  deleteDraft,
  draftRecord,
  listDrafts,
  newDraftId,
  putDraft,
} from '../storage/drafts-db';
import { keepInMemory, memoryDrafts } from '../storage/memory-drafts';
import { storageHealth } from '../storage/storage-health';
import { DeleteDialog } from './delete-dialog';
import { DraftsSection, type DraftsState } from './drafts-section';
import { ExamplesSection } from './examples-section';
import { RollForwardDialog } from '../roll-forward-dialog';
import { NewDraftForm } from './new-draft-form';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The home page: drafts list, new report, open a report file, load an example. */
export function DraftsPage({ onOpen }: { onOpen: (id: string) => void }) {
  const [state, setState] = useState<DraftsState>({ kind: 'loading' });
  const [pendingDelete, setPendingDelete] = useState<{ id: string; label: string } | null>(null);
  const [error, setError] = useState('');
  const [rollFrom, setRollFrom] = useState<Report | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => {
    setVersion((v) => v + 1);
  }, []);

  useEffect(() => {
    let current = true;
    listDrafts().then(
      (list) => {
        if (current) setState({ kind: 'ok', ...list });
      },
      (failure: unknown) => {
        if (current) setState({ kind: 'failed', message: reason(failure), drafts: memoryDrafts() });
      },
    );
    return () => {
      current = false;
    };
  }, [version]);

  /** Store a new draft and open it; when the browser cannot store it, say so. */
  const store = (report: Report, what: string, open: boolean, record = draftRecord(report)) => {
    setError('');
    putDraft(record).then(
      () => {
        if (open) onOpen(record.id);
        else refresh();
      },
      (failure: unknown) => {
        if (open && storageHealth.get().kind !== 'ok') {
          // Storage refuses: open it in this page's memory; the banner says to download it.
          keepInMemory(record);
          onOpen(record.id);
          return;
        }
        setError(`无法${what}：${reason(failure)}`);
      },
    );
  };
  const create = (report: Report) => {
    store(report, '新建草稿', true);
  };

  return (
    <div className="drafts-page">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <DraftsSection
        state={state}
        onOpen={(d) => {
          onOpen(d.id);
        }}
        onDuplicate={(d) => {
          store(d.report, '复制草稿', false, copyRecord(d.report));
        }}
        onRollForward={(d) => {
          setRollFrom(d.report);
        }}
        onDelete={setPendingDelete}
      />
      {rollFrom && (
        <RollForwardDialog
          report={rollFrom}
          open
          onClose={() => {
            setRollFrom(undefined);
          }}
          onCreate={(next) => {
            setRollFrom(undefined);
            create(next);
          }}
        />
      )}
      <NewDraftForm onCreate={create} />
      <ImportPanel onImport={create} onRollForward={setRollFrom} />
      <ExamplesSection
        onCreate={(report, label) => {
          // Marked in the list as an example, not the office's own draft.
          store(report, '载入示例', true, draftRecord(report, newDraftId(), { example: label }));
        }}
      />
      <DeleteDialog
        label={pendingDelete?.label ?? null}
        onConfirm={() => {
          const target = pendingDelete;
          setPendingDelete(null);
          if (target)
            deleteDraft(target.id).then(refresh, (f: unknown) => {
              setError(`无法删除草稿：${reason(f)}`);
            });
        }}
        onClose={() => {
          setPendingDelete(null);
        }}
      />
    </div>
  );
}
