/**
 * Tabs tell each other when they saved a draft, so a tab with the same draft open can merge. Each
 * message carries the versions of the sender's code: a tab hearing from newer code stops saving
 * that draft (outdated.ts) instead of merging what it cannot read.
 */
import { TAB } from './journal/journal';
import { CODE_VERSION, isNewer, versionOf } from './versions/store-versions';

interface Saved {
  readonly id: string;
  readonly revision: number;
  readonly tab: string;
  readonly storeVersion: number;
  readonly reportVersion: number;
}

/** What another tab said about a draft. */
export interface SavedElsewhere {
  readonly revision: number;
  /** The sender's code is newer than this page's. */
  readonly newer: boolean;
}

const channel =
  typeof BroadcastChannel === 'undefined'
    ? undefined
    : new BroadcastChannel('gongkai-report:drafts');

export function announceSaved(id: string, revision: number): void {
  channel?.postMessage({ id, revision, tab: TAB, ...CODE_VERSION } satisfies Saved);
}

/** Calls `listener` when another tab saved draft `id`; returns the stop. */
export function onSavedElsewhere(
  id: string,
  listener: (saved: SavedElsewhere) => void,
): () => void {
  if (!channel) return () => undefined;
  const handle = (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (typeof data !== 'object' || data === null) return;
    const message = data as Partial<Saved>;
    if (message.id !== id || message.tab === TAB || typeof message.revision !== 'number') return;
    const newer = isNewer(versionOf(data as Record<string, unknown>));
    listener({ revision: message.revision, newer });
  };
  channel.addEventListener('message', handle);
  return () => {
    channel.removeEventListener('message', handle);
  };
}
