import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { DraftsPage } from './drafts/drafts-page';
import { Editor } from './editor/editor';
import { getDraft, getLastOpen, setLastOpen, type DraftRecord } from './storage/drafts-db';

/** The route lives in the hash: "#/" is the drafts list, "#/draft/<id>" a draft. */
function useHash(): string {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('hashchange', listener);
      return () => {
        window.removeEventListener('hashchange', listener);
      };
    },
    () => window.location.hash,
  );
}

// The review desk loads on first visit, so a clerk's page does not carry it.
const ReviewPage = lazy(() =>
  import('./review/review-page').then((m) => ({ default: m.ReviewPage })),
);

function go(hash: string) {
  window.location.hash = hash;
}

/** The page shell: drafts list or one draft; coming back reopens the draft that was open. */
export function App() {
  const hash = useHash();
  const draftId = /^#\/draft\/([\w-]+)$/.exec(hash)?.[1];

  useEffect(() => {
    if (hash !== '') return;
    void getLastOpen().then((id) => {
      if (window.location.hash !== '') return;
      window.location.replace(id ? `#/draft/${id}` : '#/');
    });
  }, [hash]);

  return (
    <div className="app">
      {draftId ? (
        <DraftRoute key={draftId} id={draftId} />
      ) : hash === '#/review' ? (
        <Suspense fallback={<p className="loading">正在打开批量审核…</p>}>
          <ReviewPage />
        </Suspense>
      ) : hash === '' ? null : (
        <>
          <header className="app-header">
            <h1>政府信息公开工作年度报告编制助手</h1>
            <p>
              按官方格式填写、核对并导出政府信息公开工作年度报告。所有数据只保存在本机浏览器中，不会上传。
            </p>
            <a href="#/review">批量审核（审核单位用）</a>
          </header>
          <main className="home">
            <DraftsPage
              onOpen={(id) => {
                go(`#/draft/${id}`);
              }}
            />
          </main>
        </>
      )}
    </div>
  );
}

function DraftRoute({ id }: { id: string }) {
  const [record, setRecord] = useState<DraftRecord | null | undefined>(undefined);
  useEffect(() => {
    void getDraft(id).then((found) => {
      setRecord(found ?? null);
      if (found) void setLastOpen(id);
    });
  }, [id]);
  if (record === undefined) return <p className="loading">正在打开草稿…</p>;
  if (record === null) {
    return (
      <main className="home">
        <p className="form-error" role="alert">
          找不到这份草稿（可能已被删除）。
        </p>
        <button
          type="button"
          onClick={() => {
            go('#/');
          }}
        >
          返回草稿列表
        </button>
      </main>
    );
  }
  return (
    <Editor
      key={`${record.id}-${record.report.template}`}
      record={record}
      onReplace={setRecord}
      onClose={() => {
        void setLastOpen(undefined).then(() => {
          go('#/');
        });
      }}
    />
  );
}
