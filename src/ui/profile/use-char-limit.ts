import type { TextKey } from '../../core';
import { useStore } from '../use-store';
import { profileState } from '../../workspace/profile/profile-store';

/** The length limit the profile in force sets on a text of a report of `year`, if any. */
export function useCharLimit(key: TextKey, year: number): number | undefined {
  const state = useStore(profileState());
  if (state.kind !== 'loaded' || state.loaded.profile.year !== year) return undefined;
  return state.loaded.profile.maxChars?.[key];
}
