/**
 * The small settings this browser keeps for the page, each one localStorage entry under its own
 * key (the keys of earlier versions, so users keep their settings): the page and the workspace
 * read and write them here, never localStorage itself (ESLint fences src/ui). localStorage, not
 * IndexedDB: a setting is read synchronously on start, and the `storage` event tells other tabs.
 * Storage that cannot be read holds nothing; a write it refuses says so (false).
 */

/** Every setting's key, as stored since it was first kept (never rename one). */
export const SETTING_KEYS = {
  /** The Word export's fonts. */
  docxFonts: 'gongkai-report:docx-fonts',
  /** The loaded 地方要求 (profile file). */
  profile: 'gongkai-report:profile',
  /** The situation the persistence note was closed on. */
  persistenceNoteClosed: 'gongkai-report:persistence-note-closed',
} as const;

export type SettingKey = (typeof SETTING_KEYS)[keyof typeof SETTING_KEYS];

/** A setting's stored text; null when there is none or storage cannot be read. */
export function readSetting(key: SettingKey): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Keep a setting; false when storage refused it (full, blocked). */
export function writeSetting(key: SettingKey, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Forget a setting (nothing to do when storage is unavailable: nothing is kept). */
export function removeSetting(key: SettingKey): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // storage unavailable: there is nothing stored to remove
  }
}

/** Call `listener` when another tab changes setting `key`; returns the stop. */
export function onSettingChange(key: SettingKey, listener: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined; // no page, no other tabs (tests)
  const handler = (event: StorageEvent) => {
    if (event.key === key || event.key === null) listener();
  };
  window.addEventListener('storage', handler);
  return () => {
    window.removeEventListener('storage', handler);
  };
}
