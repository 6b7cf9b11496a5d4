import { describe, expect, it } from 'vitest';
import { createStore } from '../../workspace/store';
import { createUpdateCoordinator, type CoordinatorDeps } from './update-coordinator';

/** Web Locks as the browser grants them (shared and exclusive; ifAvailable never queues). */
function fakeLocks(): Pick<LockManager, 'request'> & { held: () => string[] } {
  const held: { mode: LockMode; release: () => void }[] = [];
  const queue: (() => boolean)[] = [];
  const grantable = (mode: LockMode) =>
    mode === 'shared' ? held.every((h) => h.mode === 'shared') : held.length === 0;
  const pump = () => {
    while (queue.length > 0 && queue[0]?.()) queue.shift();
  };
  const request = ((
    name: string,
    options: LockOptions,
    callback: (lock: Lock | null) => unknown,
  ): Promise<unknown> => {
    const mode = options.mode ?? 'exclusive';
    return new Promise((resolve) => {
      const grant = () => {
        if (!grantable(mode)) return false;
        const entry = { mode, release: () => undefined };
        held.push(entry);
        void Promise.resolve(callback({ name, mode })).then((value) => {
          held.splice(held.indexOf(entry), 1);
          resolve(value);
          pump();
        });
        return true;
      };
      if (options.ifAvailable) {
        if (queue.length > 0 || !grant()) void Promise.resolve(callback(null)).then(resolve);
        return;
      }
      if (queue.length > 0 || !grant()) queue.push(grant);
    });
  }) as LockManager['request'];
  return { request, held: () => held.map((h) => h.mode) };
}

/** A manual timer: tests say when the next poll runs. */
function manualTimer() {
  const pending: (() => void)[] = [];
  return {
    setTimer: (run: () => void) => {
      pending.push(run);
      return () => {
        const at = pending.indexOf(run);
        if (at >= 0) pending.splice(at, 1);
      };
    },
    tick: async () => {
      const now = pending.splice(0);
      for (const run of now) run();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

function tab(locks: CoordinatorDeps['locks'], timer: ReturnType<typeof manualTimer>) {
  const busy = createStore(false);
  let switched = 0;
  const coordinator = createUpdateCoordinator({
    locks,
    busy,
    switchNow: () => {
      switched++;
    },
    setTimer: timer.setTimer,
  });
  return { busy, coordinator, switched: () => switched };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('update coordinator', () => {
  it('switches at once when no tab is busy', async () => {
    const locks = fakeLocks();
    const timer = manualTimer();
    const a = tab(locks, timer);
    tab(locks, timer);
    a.coordinator.updateWaiting();
    await settle();
    expect(a.switched()).toBe(1);
  });

  it('waits while any tab is busy, and switches once all of them are not', async () => {
    const locks = fakeLocks();
    const timer = manualTimer();
    const a = tab(locks, timer);
    const b = tab(locks, timer);
    b.busy.set(true); // an edit in the other tab, not on disk yet
    await settle();
    a.coordinator.updateWaiting();
    b.coordinator.updateWaiting();
    await settle();
    for (let i = 0; i < 3; i++) await timer.tick();
    expect(a.switched() + b.switched()).toBe(0);
    a.busy.set(true);
    b.busy.set(false);
    await settle();
    await timer.tick();
    expect(a.switched() + b.switched()).toBe(0); // now this tab is busy
    a.busy.set(false);
    await settle();
    await timer.tick();
    await timer.tick();
    expect(a.switched() + b.switched()).toBe(1);
  });

  it('never keeps a tab that becomes busy waiting behind the switch attempt', async () => {
    const locks = fakeLocks();
    const timer = manualTimer();
    const a = tab(locks, timer);
    const b = tab(locks, timer);
    a.busy.set(true);
    await settle();
    b.coordinator.updateWaiting();
    await settle();
    // b's attempts do not queue: a's hold is released and taken again at once.
    a.busy.set(false);
    a.busy.set(true);
    await settle();
    expect(locks.held()).toEqual(['shared']);
    await timer.tick();
    expect(b.switched()).toBe(0);
  });

  it('switches when the user asks in a tab, if the others are not busy', async () => {
    const locks = fakeLocks();
    const timer = manualTimer();
    const a = tab(locks, timer);
    const b = tab(locks, timer);
    a.busy.set(true); // the click on 刷新页面 itself
    b.busy.set(true);
    await settle();
    a.coordinator.switchSoon();
    await settle();
    await timer.tick();
    expect(a.switched()).toBe(0);
    b.busy.set(false);
    await settle();
    await timer.tick();
    expect(a.switched()).toBe(1);
  });
});
