/**
 * The service worker that keeps the page offline, and its updates: a new version installs and
 * waits; the page says "新版本已就绪" and the coordinator (update-coordinator.ts) lets it take
 * over when no tab is busy; every tab then reloads on the new version. Nothing happens on a page
 * without a service worker (the single file on file://, a browser without them, a first visit).
 */
import type { Workbox } from 'workbox-window';
import { createStore, type ReadableStore } from '../../workspace/store';
import { createUpdateCoordinator, type UpdateCoordinator } from './update-coordinator';
import { busy, watchActivity } from './update-guard';

export type UpdateStatus = 'none' | 'ready';

const status = createStore<UpdateStatus>('none');
/** "ready": a new version waits to take over. */
export const updateStatus: ReadableStore<UpdateStatus> = status;

/** How often an open page asks the server for a new version. */
const CHECK_MS = 60 * 60 * 1000;
/** How long 刷新页面 waits for a new version to finish installing. */
const INSTALL_WAIT_MS = 30_000;

let workbox: Workbox | undefined;
let coordinator: UpdateCoordinator | undefined;

/** Register the service worker and follow its updates (the built, hosted page only). */
export async function startServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || window.location.protocol === 'file:') return;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('./sw.js', { scope: './' });
  workbox = wb;
  const locks = navigator.locks as LockManager | undefined;
  watchActivity();
  coordinator = locks
    ? createUpdateCoordinator({
        locks,
        busy,
        switchNow: () => {
          wb.messageSkipWaiting();
        },
      })
    : undefined;
  const waiting = () => {
    // The first install controls the page at once; only a version after it waits.
    if (!navigator.serviceWorker.controller) return;
    status.set('ready');
    // Without Web Locks (no other tab can be asked) the new version waits for a reload.
    coordinator?.updateWaiting();
  };
  wb.addEventListener('waiting', waiting);
  // The new version took over (from this tab or another): load it.
  wb.addEventListener('controlling', () => {
    if (status.get() === 'ready') window.location.reload();
  });
  await wb.register();
  setInterval(() => void wb.update().catch(() => undefined), CHECK_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void wb.update().catch(() => undefined);
  });
}

/**
 * 刷新页面 asked for the newest code: look for a new version, let it take over when it has
 * installed (every tab reloads with it). False when there is none to wait for.
 */
export async function switchToWaiting(): Promise<boolean> {
  const wb = workbox;
  if (!wb || !navigator.serviceWorker.controller) return false;
  await wb.update().catch(() => undefined);
  const registration = await navigator.serviceWorker.getRegistration();
  const installing = registration?.installing;
  if (!registration?.waiting && installing) {
    await new Promise<void>((resolve) => {
      const done = () => {
        if (installing.state !== 'installing') resolve();
      };
      installing.addEventListener('statechange', done);
      setTimeout(resolve, INSTALL_WAIT_MS);
    });
  }
  if (!registration?.waiting) return false;
  status.set('ready');
  if (coordinator) coordinator.switchSoon();
  else wb.messageSkipWaiting();
  return true;
}
