/** The editor engine of a draft opened in this page: stored in the browser (browser-storage.ts). */
import { browserStorage } from '../storage/browser-storage';
import type { DraftRecord } from '../storage/records/draft-record';
import { createEditorEngine, type EditorEngine, type EngineOptions } from './editor-engine';

export type BrowserEngineOptions = Omit<EngineOptions, 'store' | 'channel'>;

export function createBrowserEditor(
  record: DraftRecord,
  options: BrowserEngineOptions,
): EditorEngine {
  return createEditorEngine(record, { ...browserStorage, ...options });
}
