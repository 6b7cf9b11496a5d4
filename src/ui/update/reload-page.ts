/**
 * 刷新页面: load the newest code. With a service worker, a new version it has waiting takes over
 * first (every tab of the page switches with it); otherwise, or when there is none, the page
 * simply reloads. Unsaved edits are in the journal and are taken in after the reload.
 */
import { switchToWaiting } from './service-worker';

export async function reloadPage(): Promise<void> {
  if (await switchToWaiting()) return; // the new worker reloads every tab
  window.location.reload();
}
