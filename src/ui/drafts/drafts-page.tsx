import { useCallback, useEffect, useRef, useState } from 'react';
import type { Report } from '../../core';
import { EXAMPLES } from '../examples';
import { ImportPanel } from '../import/import-panel';
import {
  deleteDraft,
  draftRecord,
  listDrafts,
  putDraft,
  type DraftRecord,
} from '../storage/drafts-db';
import { DraftsTable } from './drafts-table';
import { NewDraftForm } from './new-draft-form';

/** The home page: drafts list, new report, open a report file, load an example. */
export function DraftsPage({ onOpen }: { onOpen: (id: string) => void }) {
  const [drafts, setDrafts] = useState<DraftRecord[] | null>(null);
  const [pendingDelete, setPendingDelete] = useState<DraftRecord | null>(null);
  const dialog = useRef<HTMLDialogElement | null>(null);

  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => {
    setVersion((v) => v + 1);
  }, []);

  useEffect(() => {
    let current = true;
    void listDrafts().then((list) => {
      if (current) setDrafts(list);
    });
    return () => {
      current = false;
    };
  }, [version]);

  useEffect(() => {
    if (pendingDelete) dialog.current?.showModal();
    else dialog.current?.close();
  }, [pendingDelete]);

  const create = async (report: Report) => {
    const record = draftRecord(report);
    await putDraft(record);
    onOpen(record.id);
  };

  return (
    <div className="drafts-page">
      <section className="panel" aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">我的草稿</h2>
        <p className="hint">草稿只保存在本机浏览器中，每次修改后自动保存。</p>
        {drafts === null ? (
          <p>正在读取草稿…</p>
        ) : drafts.length === 0 ? (
          <p className="empty">还没有草稿。请新建报告、打开报告文件或载入示例。</p>
        ) : (
          <DraftsTable
            drafts={drafts}
            onOpen={(d) => {
              onOpen(d.id);
            }}
            onDuplicate={(d) => {
              const copy = draftRecord({
                ...d.report,
                meta: { ...d.report.meta, org: `${d.report.meta.org}（副本）` },
              });
              void putDraft(copy).then(refresh);
            }}
            onDelete={(d) => {
              setPendingDelete(d);
            }}
          />
        )}
      </section>

      <NewDraftForm onCreate={(report) => void create(report)} />

      <ImportPanel onImport={(report) => void create(report)} />

      <section className="panel" aria-labelledby="examples-heading">
        <h2 id="examples-heading">载入示例</h2>
        <p className="hint">
          五份真实的2020年度报告（2019年格式）和一份完整的2021年格式示例，载入后作为新草稿打开。
        </p>
        <ul className="examples">
          {EXAMPLES.map((example) => (
            <li key={example.label}>
              <button type="button" onClick={() => void create(structuredClone(example.report))}>
                载入示例：{example.label}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <dialog
        ref={dialog}
        onClose={() => {
          setPendingDelete(null);
        }}
        aria-labelledby="delete-title"
      >
        <h2 id="delete-title">删除草稿</h2>
        <p>
          确定删除“{pendingDelete?.report.meta.org} {pendingDelete?.report.meta.year}
          年”的草稿吗？删除后无法恢复。
        </p>
        <div className="dialog-actions">
          <button
            type="button"
            className="danger"
            onClick={() => {
              const target = pendingDelete;
              setPendingDelete(null);
              if (target) void deleteDraft(target.id).then(refresh);
            }}
          >
            确认删除
          </button>
          <button
            type="button"
            onClick={() => {
              setPendingDelete(null);
            }}
          >
            取消
          </button>
        </div>
      </dialog>
    </div>
  );
}
