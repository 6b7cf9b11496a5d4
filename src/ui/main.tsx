import '../workspace/platform/csp';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { startServiceWorker } from './update/service-worker';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The Word writer is the heaviest lazy chunk: fetch and compile it while the page is idle, so the
// first 导出 Word does not wait for it (the click's own import() then finds it loaded).
const preloadDocx = () => void import('../core/word');
if ('requestIdleCallback' in window) requestIdleCallback(preloadDocx, { timeout: 5000 });
else setTimeout(preloadDocx, 2000);

// The hosted build keeps itself offline with a service worker, and takes updates safely.
if (import.meta.env.PROD) void startServiceWorker().catch(() => undefined);
