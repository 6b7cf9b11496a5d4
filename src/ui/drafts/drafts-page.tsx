import { useCallback, useEffect, useState } from 'react';
import type { Report } from '../../core';
import { ImportPanel } from '../import/import-panel';
import {
  copyAsDraft,
  createDraft,
  deleteDraft,
  draftsInMemory,
  listDrafts,
  openDraft,
  type CreateOptions,
  type DamagedDraft,
  type DraftRecord,
  type DraftSummary,
} from '../../workspace/drafts';
import { DeleteDialog } from './delete-dialog';
import { DraftsSection, type DraftsState } from './drafts-section';
import { ExamplesSection } from './examples-section';
import { RollForwardDialog } from '../roll-forward-dialog';
import { NewDraftForm } from './new-draft-form';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The home page: drafts list, new report, open a report file, load an example. */
export function DraftsPage({ onOpen }: { onOpen: (id: string) => void }) {
  const [state, setState] = useState<DraftsState>({ kind: 'loading' });
  const [pendingDelete, setPendingDelete] = useState<{
    id: string;
    label: string;
    damaged?: DamagedDraft;
  } | null>(null);
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
        if (current) {
          setState({
            kind: 'failed',
            message: reason(failure),
            drafts: draftsInMemory(),
          });
        }
      },
    );
    return () => {
      current = false;
    };
  }, [version]);

  /**
   * A new draft made (drafts.ts), then opened or listed; when the browser cannot store it, say so
   * (a draft opened at once is kept in this page's memory instead, and the banner says so).
   */
  const made = (what: string, open: boolean, making: Promise<DraftRecord>) => {
    setError('');
    making.then(
      (record) => {
        if (open) onOpen(record.id);
        else refresh();
      },
      (failure: unknown) => {
        setError(`无法${what}：${reason(failure)}`);
      },
    );
  };
  const store = (report: Report, what: string, options: CreateOptions = {}) => {
    made(what, true, createDraft(report, { ...options, openAnyway: true }));
  };
  const create = (report: Report) => {
    store(report, '新建草稿');
  };
  /** The list holds summaries: an action on a draft's report reads the draft first. */
  const withRecord = (draft: DraftSummary, what: string, action: (record: DraftRecord) => void) => {
    setError('');
    openDraft(draft.id).then(
      (found) => {
        if (found.kind === 'ok') action(found.record);
        else setError(`无法${what}：这份草稿已无法读取，请刷新页面。`);
      },
      (failure: unknown) => {
        setError(`无法${what}：${reason(failure)}`);
      },
    );
  };
  /** Gone from the list at once; the list is read again only if the delete fails. */
  const remove = (target: { id: string; damaged?: DamagedDraft }) => {
    setState((now) =>
      now.kind === 'ok'
        ? {
            ...now,
            drafts: now.drafts.filter((d) => d.id !== target.id),
            damaged: now.damaged.filter((d) => d !== target.damaged),
          }
        : now,
    );
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
              setError(`无法删除草稿：${reason(f)}`);
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
