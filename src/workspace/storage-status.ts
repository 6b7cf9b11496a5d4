/**
 * What the page shows about storage itself: whether the browser lets it save, whether newer code
 * took over, the persistence request and its note, and the downloads that rescue unsaved work.
 * The page reads storage through this door and drafts.ts only.
 */
export { STORAGE_MESSAGES, storageHealth, type StorageHealth } from './storage/storage-health';
export { outdated, type Outdated } from './storage/outdated';
export { requestPersistence, type Persistence } from './storage/persistence';
export {
  closedOn,
  closeOn,
  forgetClosed,
  spaceIsLow,
  type StorageSituation,
} from './storage/persistence-note-setting';
export { downloadAllDrafts } from './storage/download-all-drafts';
export { downloadOpenDrafts, registerOpenDraft, unsavedDraftCount } from './storage/open-drafts';
