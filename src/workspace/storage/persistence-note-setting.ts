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

const KEY = 'gongkai-report:persistence-note-closed';

export function situationKey(situation: StorageSituation): string {
  return `${situation.refused ? 'refused' : 'granted'}|${situation.lowSpace ? 'low' : 'ok'}`;
}

/** Whether the note was closed on this very situation. */
export function closedOn(situation: StorageSituation): boolean {
  try {
    return localStorage.getItem(KEY) === situationKey(situation);
  } catch {
    return false; // no storage at all: the note stays (the banner above says more)
  }
}

/** The user closed the note on this situation. */
export function closeOn(situation: StorageSituation): void {
  try {
    localStorage.setItem(KEY, situationKey(situation));
  } catch {
    // nothing to keep it in: the note is closed for this page only
  }
}

/** Persistence was granted: a later refusal is news again. */
export function forgetClosed(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing kept
  }
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
