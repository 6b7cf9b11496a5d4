/**
 * Where this browser keeps the loaded profile (地方要求): one setting of its own
 * (settings/settings-store.ts), with a version field like every stored shape (the storage scheme
 * of src/workspace/storage). The file's text is kept as it was and read again on every start, so
 * a newer tool applies its own loader to it. A setting (localStorage), not IndexedDB: the
 * editor's first check runs synchronously with the profile, and the `storage` event tells the
 * other tabs at once.
 */
import {
  onSettingChange,
  readSetting,
  removeSetting,
  SETTING_KEYS,
  writeSetting,
} from '../settings/settings-store';

export const PROFILE_KEY = SETTING_KEYS.profile;
/** The version of the stored shape (not of the profile file). */
export const STORED_PROFILE_VERSION = 1;

/** The stored entry: the file's text, its name and when it was loaded. */
export interface StoredProfile {
  readonly v: typeof STORED_PROFILE_VERSION;
  readonly text: string;
  readonly fileName: string;
  /** Epoch milliseconds. */
  readonly loadedAt: number;
}

/** What storage holds: nothing, an entry, or an entry this version cannot read (and why). */
export type StoredRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'stored'; readonly stored: StoredProfile }
  | { readonly kind: 'unreadable'; readonly message: string };

/** Parse a stored value (the text of the localStorage entry). */
export function parseStored(raw: string | null): StoredRead {
  if (raw === null) return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {
      kind: 'unreadable',
      message: '浏览器中保存的地方要求已损坏，请重新载入地方要求文件。',
    };
  }
  const entry = value as Partial<Record<keyof StoredProfile, unknown>> | null;
  if (typeof entry?.v === 'number' && entry.v > STORED_PROFILE_VERSION) {
    return {
      kind: 'unreadable',
      message:
        '浏览器中的地方要求由更新版本的本工具保存，本版本无法读取；请更新本工具，或重新载入地方要求文件。',
    };
  }
  if (entry?.v !== STORED_PROFILE_VERSION || typeof entry.text !== 'string') {
    return {
      kind: 'unreadable',
      message: '浏览器中保存的地方要求已损坏，请重新载入地方要求文件。',
    };
  }
  return {
    kind: 'stored',
    stored: {
      v: STORED_PROFILE_VERSION,
      text: entry.text,
      fileName: typeof entry.fileName === 'string' ? entry.fileName : '',
      loadedAt: typeof entry.loadedAt === 'number' ? entry.loadedAt : 0,
    },
  };
}

/** Read the stored profile (storage that cannot be read holds nothing). */
export function readStoredProfile(): StoredRead {
  return parseStored(readSetting(PROFILE_KEY));
}

/** Keep a profile; false when storage refused (full, blocked): it then lasts this page only. */
export function writeStoredProfile(stored: StoredProfile): boolean {
  return writeSetting(PROFILE_KEY, JSON.stringify(stored));
}

/** Forget the stored profile. */
export function removeStoredProfile(): void {
  removeSetting(PROFILE_KEY);
}

/** Call `listener` when another tab changes the stored profile; returns the stop. */
export function onStoredProfileChange(listener: () => void): () => void {
  return onSettingChange(PROFILE_KEY, listener);
}
