/**
 * The profile (地方要求) in force in this browser: one for every draft, as the county sends one
 * notice a year and a clerk loads it once, not per draft. It applies to the drafts of its year
 * (core profileApplies). No React here: the editor's engine and the review desk read it too.
 */
import { loadProfile, type CheckOptions, type LoadedProfile } from '../../core';
import { createStore, type ReadableStore, type Store } from '../store';
import {
  onStoredProfileChange,
  readStoredProfile,
  removeStoredProfile,
  STORED_PROFILE_VERSION,
  writeStoredProfile,
} from './profile-storage';

/** none; a profile in force (from `fileName`); or a stored one this page cannot use, and why. */
export type ProfileState =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'loaded';
      readonly loaded: LoadedProfile;
      readonly fileName: string;
      readonly loadedAt: number;
      /** Storage refused it: it lasts until this page closes. */
      readonly unsaved?: boolean;
    }
  | { readonly kind: 'unusable'; readonly message: string };

function fromStorage(): ProfileState {
  const read = readStoredProfile();
  if (read.kind === 'none') return { kind: 'none' };
  if (read.kind === 'unreadable') return { kind: 'unusable', message: read.message };
  const loaded = loadProfile(read.stored.text);
  if (!loaded.ok) {
    // A stored profile this version refuses is not applied, and the clerk is told why.
    return { kind: 'unusable', message: `浏览器中保存的${loaded.message}` };
  }
  return {
    kind: 'loaded',
    loaded,
    fileName: read.stored.fileName,
    loadedAt: read.stored.loadedAt,
  };
}

const state = createStore<ProfileState>({ kind: 'none' });
let following = false;

/** The store, read from storage on first use and kept in step with the other tabs from then on. */
function followed(): Store<ProfileState> {
  if (!following) {
    following = true;
    state.set(fromStorage());
    onStoredProfileChange(() => {
      state.set(fromStorage());
    });
  }
  return state;
}

/** The profile state: what is in force in this browser. */
export function profileState(): ReadableStore<ProfileState> {
  return followed();
}

/** The profile in force, if any. */
export function currentProfile(): LoadedProfile | undefined {
  const now = profileState().get();
  return now.kind === 'loaded' ? now.loaded : undefined;
}

/** The check options for the profile in force (the core applies it to reports of its year). */
export function profileCheckOptions(): Pick<CheckOptions, 'profile'> {
  return { profile: currentProfile()?.profile };
}

/**
 * Load a profile file's text. A bad file changes nothing and says why; a good one is in force
 * at once in this tab and the others, and kept with the browser's data.
 */
export function applyProfileText(
  text: string,
  fileName: string,
): { ok: true; unsaved: boolean } | { ok: false; message: string } {
  const loaded = loadProfile(text);
  if (!loaded.ok) return { ok: false, message: loaded.message };
  const loadedAt = Date.now();
  const saved = writeStoredProfile({ v: STORED_PROFILE_VERSION, text, fileName, loadedAt });
  followed().set({
    kind: 'loaded',
    loaded,
    fileName,
    loadedAt,
    ...(saved ? {} : { unsaved: true }),
  });
  return { ok: true, unsaved: !saved };
}

/** Remove the profile: the national rules apply again. */
export function removeProfile(): void {
  removeStoredProfile();
  followed().set({ kind: 'none' });
}
