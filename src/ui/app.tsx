import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { DraftRoute } from './drafts/draft-route';
import { DraftsPage } from './drafts/drafts-page';
import { ErrorBoundary } from './error-boundary';
import { lastOpenDraft } from '../workspace/drafts';
import { StorageStatus } from './storage/storage-status';
import { OutdatedBanner } from './update/outdated-banner';
import { UpdateBanner } from './update/update-banner';
import { ProfileButton } from './profile/profile-button';

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

function go(hash: string) {
  window.location.hash = hash;
}

// The review desk loads on first visit, so a clerk's page does not carry it.
const ReviewPage = lazy(() =>
  import('./review/review-page').then((m) => ({ default: m.ReviewPage })),
);

const home = () => {
  go('#/');
};

/** The page shell: drafts list or one draft; coming back reopens the draft that was open. */
export function App() {
  const hash = useHash();
  const draftId = /^#\/draft\/([\w-]+)$/.exec(hash)?.[1];

  useEffect(() => {
    if (hash !== '') return;
    const open = (target: string) => {
      if (window.location.hash === '') window.location.replace(target);
    };
    lastOpenDraft().then(
      (id) => {
        open(id ? `#/draft/${id}` : '#/');
      },
      () => {
        open('#/');
      },
    );
  }, [hash]);

  return (
    <div className="app">
      <StorageStatus inDraft={draftId !== undefined} />
      <OutdatedBanner />
      <UpdateBanner />
      {draftId ? (
        <ErrorBoundary key={draftId} onHome={home}>
          <DraftRoute
            id={draftId}
            onHome={home}
            onOpen={(id) => {
              go(`#/draft/${id}`);
            }}
          />
        </ErrorBoundary>
      ) : hash === '#/review' ? (
        <ErrorBoundary onHome={home}>
          <Suspense fallback={<p className="loading">正在打开批量审核…</p>}>
            <ReviewPage />
          </Suspense>
        </ErrorBoundary>
      ) : hash === '' ? null : (
        <>
          <header className="app-header">
            <h1>政府信息公开工作年度报告编制助手</h1>
            <p>
              按官方格式填写、核对并导出政府信息公开工作年度报告。所有数据只保存在本机浏览器中，不会上传。
            </p>
            <a href="#/review">批量审核（审核单位用）</a>
            <ProfileButton />
          </header>
          <main className="home">
            <ErrorBoundary>
              <DraftsPage
                onOpen={(id) => {
                  go(`#/draft/${id}`);
                }}
              />
            </ErrorBoundary>
          </main>
        </>
      )}
    </div>
  );
}
