/**
 * The persistence note (storage-status.tsx) is said once: closing it keeps the situation it told
 * of in this browser, and it comes back only when the situation changes — the browser refuses
 * again after having granted, or space runs low.
 */

/** What the note is about: persistence refused, and whether space is low. */
export interface StorageSituation {
  readonly refused: boolean;
  readonly lowSpace: boolean;
}
import { readSetting, removeSetting, SETTING_KEYS, writeSetting } from '../settings/settings-store';

const KEY = SETTING_KEYS.persistenceNoteClosed;

export function situationKey(situation: StorageSituation): string {
  return `${situation.refused ? 'refused' : 'granted'}|${situation.lowSpace ? 'low' : 'ok'}`;
}

/** Whether the note was closed on this very situation. */
export function closedOn(situation: StorageSituation): boolean {
  // No storage at all: the note stays (the banner above says more).
  return readSetting(KEY) === situationKey(situation);
}

/** The user closed the note on this situation. */
export function closeOn(situation: StorageSituation): void {
  // Refused: nothing to keep it in, the note is closed for this page only.
  writeSetting(KEY, situationKey(situation));
}

/** Persistence was granted: a later refusal is news again. */
export function forgetClosed(): void {
  removeSetting(KEY);
}

/** Less than this left (or more than 90 % used) is low. */
const LOW_BYTES = 50 * 1024 * 1024;

/** Whether the browser's storage for this page is nearly full (false when it cannot say). */
export async function spaceIsLow(): Promise<boolean> {
  try {
    const estimate = await navigator.storage.estimate();
    const { usage = 0, quota } = estimate;
    if (quota === undefined || quota === 0) return false;
    return quota - usage < LOW_BYTES || usage / quota > 0.9;
  } catch {
    return false;
  }
}
