/**
 * When a new version of the page waits (its service worker installed), every tab of the page
 * switches to it together, and only when none of them is busy (an edit not yet on disk, a dialog
 * open, a key pressed moments ago, an import under review). A busy tab holds a shared Web Lock;
 * a tab that knows of the waiting version tries, now and then, to take that lock exclusively
 * without queueing: it gets it only when no tab holds it, and then lets the new worker take over
 * (which reloads every tab). No React, no DOM: the lock manager and the switch are given.
 */
import type { ReadableStore } from '../../workspace/store';

export const BUSY_LOCK = 'gongkai-report:busy';

/** How often a tab with an update waiting tries to switch. */
export const SWITCH_POLL_MS = 1000;
/** A switch that reloaded nothing by then (the new worker went away) is tried again. */
const SWITCH_TIMEOUT_MS = 15_000;

export interface UpdateCoordinator {
  /** A new version is waiting: switch at the next moment no tab is busy. */
  readonly updateWaiting: () => void;
  /** The user asked for it in this tab (刷新页面): switch as soon as no other tab is busy. */
  readonly switchSoon: () => void;
  readonly stop: () => void;
}

export interface CoordinatorDeps {
  readonly locks: Pick<LockManager, 'request'>;
  /** Whether this tab is busy now (see update-guard.ts). */
  readonly busy: ReadableStore<boolean>;
  /** Hand over to the waiting version (messageSkipWaiting); every tab then reloads. */
  readonly switchNow: () => void;
  readonly setTimer?: (run: () => void, ms: number) => () => void;
}

const defaultTimer = (run: () => void, ms: number) => {
  const timer = setTimeout(run, ms);
  return () => {
    clearTimeout(timer);
  };
};

export function createUpdateCoordinator(deps: CoordinatorDeps): UpdateCoordinator {
  const { locks, busy, switchNow, setTimer = defaultTimer } = deps;
  let releaseBusy: (() => void) | undefined;
  let waiting = false;
  let switched = false;
  let cancelPoll: (() => void) | undefined;
  /** This tab asked to switch: its own business no longer holds the switch back. */
  let forced = false;
  const isBusy = () => !forced && busy.get();

  // While busy, hold the shared lock: no tab can take it exclusively meanwhile.
  const followBusy = () => {
    if (isBusy() && !releaseBusy) {
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      releaseBusy = release;
      void locks.request(BUSY_LOCK, { mode: 'shared' }, () => held);
    } else if (!isBusy() && releaseBusy) {
      releaseBusy();
      releaseBusy = undefined;
    }
  };
  followBusy();
  const unsubscribe = busy.subscribe(followBusy);

  const trySwitch = () => {
    cancelPoll = undefined;
    if (!waiting || switched) return;
    if (isBusy()) {
      cancelPoll = setTimer(trySwitch, SWITCH_POLL_MS);
      return;
    }
    // ifAvailable: never queue, so a tab becoming busy is never kept waiting behind us.
    void locks.request(BUSY_LOCK, { mode: 'exclusive', ifAvailable: true }, (lock) => {
      if (!lock || isBusy() || switched) {
        if (!switched) cancelPoll = setTimer(trySwitch, SWITCH_POLL_MS);
        return undefined;
      }
      switched = true;
      switchNow();
      // Held until the page reloads: no tab starts being busy in between.
      return new Promise<void>((resolve) => {
        setTimer(() => {
          switched = false;
          resolve();
          trySwitch();
        }, SWITCH_TIMEOUT_MS);
      });
    });
  };

  return {
    updateWaiting: () => {
      if (waiting) return;
      waiting = true;
      trySwitch();
    },
    switchSoon: () => {
      forced = true;
      followBusy();
      waiting = true;
      cancelPoll?.();
      trySwitch();
    },
    stop: () => {
      unsubscribe();
      cancelPoll?.();
      releaseBusy?.();
    },
  };
}
