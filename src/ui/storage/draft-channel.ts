/** Tabs tell each other when they saved a draft, so a tab with the same draft open can merge. */
import { TAB } from './journal';

interface Saved {
  readonly id: string;
  readonly revision: number;
  readonly tab: string;
}

const channel =
  typeof BroadcastChannel === 'undefined'
    ? undefined
    : new BroadcastChannel('gongkai-report:drafts');

export function announceSaved(id: string, revision: number): void {
  channel?.postMessage({ id, revision, tab: TAB } satisfies Saved);
}

/** Calls `listener` when another tab saved draft `id`; returns the stop. */
export function onSavedElsewhere(id: string, listener: (revision: number) => void): () => void {
  if (!channel) return () => undefined;
  const handle = (event: MessageEvent<Saved>) => {
    if (event.data.id === id && event.data.tab !== TAB) listener(event.data.revision);
  };
  channel.addEventListener('message', handle);
  return () => {
    channel.removeEventListener('message', handle);
  };
}
