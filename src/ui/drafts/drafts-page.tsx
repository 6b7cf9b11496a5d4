import { useState } from 'react';
import type { Report } from '../../core';
import { ImportPanel } from '../import/import-panel';
import { copyAsDraft, deleteDraft, type DamagedDraft } from '../../workspace/drafts';
import { DeleteDialog } from './delete-dialog';
import { DraftsSection } from './drafts-section';
import { ExamplesSection } from './examples-section';
import { failureReason } from './failure-reason';
import { RollForwardDialog } from '../roll-forward-dialog';
import { NewDraftForm } from './new-draft-form';
import { useDraftMaking } from './use-draft-making';
import { useDraftsList } from './use-drafts-list';

/** The home page: drafts list, new report, open a report file, load an example. */
export function DraftsPage({ onOpen }: { onOpen: (id: string) => void }) {
  const { state, refresh, remove } = useDraftsList();
  const { error, setError, made, store, withRecord } = useDraftMaking(onOpen, refresh);
  const [pendingDelete, setPendingDelete] = useState<{
    id: string;
    label: string;
    damaged?: DamagedDraft;
  } | null>(null);
  const [rollFrom, setRollFrom] = useState<Report | undefined>(undefined);
  const create = (report: Report) => {
    store(report, '新建草稿');
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
          withRecord(d, '复制草稿', (record) => {
            made('复制草稿', false, copyAsDraft(record.report));
          });
        }}
        onRollForward={(d) => {
          withRecord(d, '新建下一年度报告', (record) => {
            setRollFrom(record.report);
          });
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
          store(report, '载入示例', { example: label });
        }}
      />
      <DeleteDialog
        label={pendingDelete?.label ?? null}
        onConfirm={() => {
          const target = pendingDelete;
          setPendingDelete(null);
          if (!target) return;
          deleteDraft(target).then(
            () => {
              remove(target);
            },
            (f: unknown) => {
              setError(`无法删除草稿：${failureReason(f)}`);
              refresh();
            },
          );
        }}
        onClose={() => {
          setPendingDelete(null);
        }}
      />
    </div>
  );
}
