/**
 * Two tabs over one store (the in-memory implementation of the storage the editor uses): what
 * reaches the store, what is said between tabs, and that nothing is when nobody types.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REPORT_VERSION, type Report } from '../../core';
import { reportFixture } from '../../testing/fixtures';
import type { DraftRecord } from '../storage/idb/drafts-db';
import { createInMemoryStore, type InMemoryStore } from '../storage/in-memory-store';
import { STORE_MIGRATIONS } from '../storage/versions/stored-migrations';
import { STORE_VERSION, type StoreSchema } from '../storage/versions/store-versions';
import { SAVE_DELAY_MS } from './draft-saver';
import { createEditorEngine, type EditorEngine } from './editor-engine';

const NOW = Date.UTC(2026, 0, 12, 9);

function record(): DraftRecord {
  return {
    id: 'draft-1',
    report: reportFixture('example-2021'),
    savedAt: NOW - 60_000,
    ui: {},
    errors: 0,
    warnings: 0,
    revision: 1,
  };
}

/** A later build of the page: one more store step (it marks each draft it migrates). */
const NEXT: StoreSchema = {
  migrations: [
    ...STORE_MIGRATIONS,
    {
      from: STORE_VERSION,
      name: 'test: mark drafts',
      up: {
        draft: (value) => ({
          ...value,
          marks: [...((value.marks as string[] | undefined) ?? []), 'x'],
        }),
      },
    },
  ],
  code: { storeVersion: STORE_VERSION + 1, reportVersion: REPORT_VERSION },
};

const engines: (() => void)[] = [];

/** Start `engine` (stopped after the test); returns its stop, for an editor that reopens. */
function run(engine: EditorEngine): () => void {
  const stop = engine.start();
  engines.push(stop);
  return () => {
    engines.splice(engines.indexOf(stop), 1);
    stop();
  };
}

/** A tab with the draft open, as the page opens it: read, then an engine that follows. */
async function open(store: InMemoryStore, name: string, schema?: StoreSchema) {
  const storage = store.tab(name, schema);
  const found = await storage.store.read('draft-1');
  if (found.kind !== 'ok') throw new Error(found.kind);
  const engine = createEditorEngine(found.record, storage);
  return { engine, storage, stop: run(engine) };
}

function type(engine: EditorEngine, cell: string, value: string) {
  engine.form.setValue(`cells.${cell}`, value, { shouldDirty: true });
  engine.flush();
}

const stored = (store: InMemoryStore) =>
  store.raw('draft-1') as DraftRecord & Record<string, unknown>;
const idle = () => vi.advanceTimersByTimeAsync(10_000);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});
afterEach(() => {
  for (const stop of engines.splice(0)) stop();
  vi.useRealTimers();
});

describe('two tabs on one draft', () => {
  it('nobody typing: nothing is written and nothing said for 10 s', async () => {
    const store = createInMemoryStore();
    store.put(record());
    await open(store, 'A');
    await open(store, 'B');
    await idle();
    expect(store.counts()).toEqual({ writes: 0, messages: 0 });
  });

  it('typing in both keeps every value; afterwards 10 idle seconds write nothing', async () => {
    const store = createInMemoryStore();
    store.put(record());
    const a = await open(store, 'A');
    const b = await open(store, 'B');
    for (const [i, value] of ['1', '12', '123'].entries()) {
      type(a.engine, 't3_new_natural', value);
      type(b.engine, 't3_new_business', String(i + 4));
      await vi.advanceTimersByTimeAsync(150);
    }
    await vi.advanceTimersByTimeAsync(2000);
    expect(stored(store).report.cells).toMatchObject({ t3_new_natural: 123, t3_new_business: 6 });
    expect(a.engine.form.getValues('cells.t3_new_business')).toBe('6');
    expect(b.engine.form.getValues('cells.t3_new_natural')).toBe('123');
    const settled = store.counts();
    await idle();
    expect(store.counts()).toEqual(settled);
  });

  it('a save that changes nothing writes nothing: no revision, no version, no message', async () => {
    const store = createInMemoryStore();
    store.put(record());
    const a = await open(store, 'A');
    await open(store, 'B');
    const before = String(record().report.cells.t3_new_natural);
    type(a.engine, 't3_new_natural', '77');
    type(a.engine, 't3_new_natural', before);
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.counts()).toEqual({ writes: 0, messages: 0 });
    expect(store.versions('draft-1')).toEqual([]);
    // Only the place moved: it is stored, with no new revision and no message.
    a.engine.touchUi({ section: 'requests', cell: 't3_new_legal' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(stored(store).revision).toBe(1);
    expect(stored(store).ui).toEqual({ section: 'requests', cell: 't3_new_legal' });
    expect(store.counts()).toEqual({ writes: 1, messages: 0 });
  });

  it('a restore in one tab while the other types: every value typed is stored, no loop', async () => {
    const store = createInMemoryStore();
    store.put(record());
    const a = await open(store, 'A');
    const b = await open(store, 'B');
    type(a.engine, 't3_new_natural', '5');
    await vi.advanceTimersByTimeAsync(1000);
    const [first] = store.versions('draft-1');
    type(a.engine, 't3_new_natural', '9');
    await vi.advanceTimersByTimeAsync(61_000); // another minute: another version
    expect(b.engine.form.getValues('cells.t3_new_natural')).toBe('9');
    if (!first) throw new Error('no version');

    // B types while A restores the first version (x = 5); B goes on typing after it.
    type(b.engine, 't3_new_legal', '7');
    const restored = (await a.engine.replaceWith(first.report, '恢复', '恢复前的版本'))?.record;
    if (!restored) throw new Error('the restore was refused');
    const a2 = createEditorEngine(restored, a.storage); // the editor reopens
    engines.push(a2.start());
    await vi.advanceTimersByTimeAsync(100);
    type(b.engine, 't3_new_research', '8');
    await vi.advanceTimersByTimeAsync(3000);

    expect(stored(store).report.cells).toMatchObject({
      t3_new_natural: 5,
      t3_new_legal: 7,
      t3_new_research: 8,
    });
    for (const engine of [a2, b.engine]) {
      expect(engine.form.getValues('cells.t3_new_legal')).toBe('7');
      expect(engine.form.getValues('cells.t3_new_natural')).toBe('5');
      expect(engine.conflict.get()).toBe(false);
    }
    // The state the restore replaced is kept, pinned for a day.
    const before = store.versions('draft-1').find((v) => v.note === '恢复前的版本');
    expect(before?.report.cells.t3_new_natural).toBe(9);
    expect(before?.pinnedUntil).toBeGreaterThanOrEqual(Date.now() + 23 * 3_600_000);
    const settled = store.counts();
    await idle();
    expect(store.counts()).toEqual(settled);
  });

  /** A's versions: 5 saved, then 9 a minute later (B has it merged); the version with 5. */
  async function twoVersions(a: EditorEngine, b: EditorEngine, store: InMemoryStore) {
    type(a, 't3_new_natural', '5');
    await vi.advanceTimersByTimeAsync(1000);
    const [first] = store.versions('draft-1');
    type(a, 't3_new_natural', '9');
    await vi.advanceTimersByTimeAsync(61_000);
    expect(b.form.getValues('cells.t3_new_natural')).toBe('9');
    if (!first) throw new Error('no version');
    return first;
  }

  /** B's save lands in the store; A has not heard of it yet (the message is still on its way). */
  async function landFirst(a: EditorEngine, b: EditorEngine, store: InMemoryStore, cell: string) {
    const revision = stored(store).revision;
    type(b, cell, '7');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
    // B's save is stored at once (the store is in memory); its message to A waits for a timer.
    vi.advanceTimersByTime(1);
    expect(stored(store).revision).toBe(revision + 1);
    expect(stored(store).report.cells[cell]).toBe(7);
    expect(a.form.getValues(`cells.${cell}`)).not.toBe('7');
    return revision + 1;
  }

  /** A types 法人 = 3: a step of A's undo, saved (B merges it), closed off from the next. */
  async function legalThree(a: EditorEngine) {
    type(a, 't3_new_legal', '3');
    await vi.advanceTimersByTimeAsync(1000);
    a.checkpoint();
  }

  /** A restores `report` as the history panel does (undoable); the record saved. */
  async function restoreTo(a: EditorEngine, report: Report) {
    const restored = (await a.replaceWith(report, '恢复', '恢复前的版本', '恢复'))?.record;
    if (!restored) throw new Error('the restore was refused');
    return restored;
  }

  /** The editor reopens on the record `restored` saved: the engine before stops, as on the page. */
  async function reopenOn(a: Awaited<ReturnType<typeof open>>, restored: DraftRecord) {
    a.stop();
    const shown = createEditorEngine(restored, a.storage);
    const stop = run(shown);
    await vi.advanceTimersByTimeAsync(3000);
    return { shown, stop };
  }

  /**
   * In the editor `shown` (stopped by `stop`), undo the restore (the editor reopens on the state
   * before it), then every step before it: B's 法人 = 7 stays, in A, in the store and in B, and
   * A's own steps are undone.
   */
  async function undoPastTheRestore(
    shown: EditorEngine,
    stop: () => void,
    tabs: { a: Awaited<ReturnType<typeof open>>; b: EditorEngine; store: InMemoryStore },
  ) {
    const { a, b, store } = tabs;
    shown.undo();
    await vi.advanceTimersByTimeAsync(100);
    const undone = shown.reopened.get()?.record;
    if (!undone) throw new Error('the undo was refused');
    expect(undone.report.cells).toMatchObject({ t3_new_natural: 9, t3_new_legal: 7 });
    stop();
    const before = createEditorEngine(undone, a.storage);
    run(before); // stopped after the test
    while (before.canUndo.get()) {
      before.undo();
      await vi.advanceTimersByTimeAsync(3000);
      expect(before.form.getValues('cells.t3_new_legal')).toBe('7');
      expect(stored(store).report.cells.t3_new_legal).toBe(7);
      expect(b.form.getValues('cells.t3_new_legal')).toBe('7');
    }
    // A's own steps were undone: the natural persons' count is back where A began.
    expect(before.form.getValues('cells.t3_new_natural')).toBe(
      String(record().report.cells.t3_new_natural),
    );
    for (const engine of [before, b]) expect(engine.conflict.get()).toBe(false);
  }

  it('a restore just after the other tab saved: merged with that save, stored, undoable', async () => {
    const store = createInMemoryStore();
    store.put(record());
    const a = await open(store, 'A');
    const b = await open(store, 'B');
    const first = await twoVersions(a.engine, b.engine, store);
    const theirs = await landFirst(a.engine, b.engine, store, 't3_new_legal');

    const replaced = await a.engine.replaceWith(first.report, '恢复', '恢复前的版本', '恢复');
    expect(a.engine.conflict.get()).toBe(false);
    if (!replaced) throw new Error('the restore was refused');
    const restored = replaced.record;
    expect(restored.report.cells).toMatchObject({ t3_new_natural: 5, t3_new_legal: 7 });
    // What it replaced as stored (the notice's 撤销 goes back to it): B's save.
    expect(replaced.before.cells).toMatchObject({ t3_new_natural: 9, t3_new_legal: 7 });
    expect(restored.revision).toBe(theirs + 1); // one write: the restore, B's save in it
    expect(stored(store).revision).toBe(restored.revision);
    expect(stored(store).report).toEqual(restored.report);
    // The state the restore replaced, B's save with it, is kept pinned; no other pin.
    const pinned = store.versions('draft-1').filter((v) => v.pinnedUntil !== undefined);
    expect(pinned.map((v) => [v.note, v.report.cells.t3_new_natural])).toEqual([
      ['恢复前的版本', 9],
    ]);
    expect(pinned[0]?.report.cells.t3_new_legal).toBe(7);

    const a2 = createEditorEngine(restored, a.storage); // the editor reopens
    engines.push(a2.start());
    expect(a2.form.getValues('cells.t3_new_natural')).toBe('5');
    expect(a2.form.getValues('cells.t3_new_legal')).toBe('7');
    await vi.advanceTimersByTimeAsync(3000);
    expect(b.engine.form.getValues('cells.t3_new_natural')).toBe('5');
    for (const engine of [a2, b.engine]) expect(engine.conflict.get()).toBe(false);

    // Undo goes back to the state before the restore (B's edit kept), redo to the restore.
    a2.undo();
    await vi.advanceTimersByTimeAsync(100);
    const undone = a2.reopened.get()?.record;
    expect(undone?.report.cells).toMatchObject({ t3_new_natural: 9, t3_new_legal: 7 });
    expect(stored(store).report).toEqual(undone?.report);
    if (!undone) throw new Error('the undo was refused');
    const a3 = createEditorEngine(undone, a.storage);
    engines.push(a3.start());
    a3.redo();
    await vi.advanceTimersByTimeAsync(100);
    expect(a3.reopened.get()?.record.report).toEqual(restored.report);
    expect(stored(store).report).toEqual(restored.report);
    const settled = store.counts();
    await idle();
    expect(store.counts()).toEqual(settled);
  });

  it("a restore merged with the other tab's save: undoing past it never takes that save back", async () => {
    const store = createInMemoryStore();
    store.put(record());
    const a = await open(store, 'A');
    const b = await open(store, 'B');
    await legalThree(a.engine);
    expect(b.engine.form.getValues('cells.t3_new_legal')).toBe('3');
    const first = await twoVersions(a.engine, b.engine, store);
    await landFirst(a.engine, b.engine, store, 't3_new_legal'); // 3 → 7 there

    const restored = await restoreTo(a.engine, first.report);
    expect(restored.report.cells).toMatchObject({ t3_new_natural: 5, t3_new_legal: 7 });
    const { shown, stop } = await reopenOn(a, restored);
    await undoPastTheRestore(shown, stop, { a, b: b.engine, store });
  });

  it('undoing a restore just after the other tab saved: that save merged, never undone', async () => {
    const store = createInMemoryStore();
    store.put(record());
    const a = await open(store, 'A');
    const b = await open(store, 'B');
    await legalThree(a.engine);
    const first = await twoVersions(a.engine, b.engine, store);
    const restored = await restoreTo(a.engine, first.report);
    const { shown, stop } = await reopenOn(a, restored);
    expect(b.engine.form.getValues('cells.t3_new_natural')).toBe('5');
    await landFirst(shown, b.engine, store, 't3_new_legal'); // 3 → 7 there

    // Undoing the restore meets B's save: merged in; the steps before it never take it back.
    await undoPastTheRestore(shown, stop, { a, b: b.engine, store });
  });

  it('a restore with unsaved edits as the other tab saves: both kept in the pinned state', async () => {
    const store = createInMemoryStore();
    store.put(record());
    const a = await open(store, 'A');
    const b = await open(store, 'B');
    const first = await twoVersions(a.engine, b.engine, store);
    const business = first.report.cells.t3_new_business;
    type(b.engine, 't3_new_legal', '7');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
    type(a.engine, 't3_new_business', '4'); // its save is still to come
    vi.advanceTimersByTime(1); // B's save is stored, A has not heard of it

    // The restore waits for A's save under way, meanwhile A hears of B's save.
    const restoring = a.engine.replaceWith(first.report, '恢复', '恢复前的版本', '恢复');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    const restored = (await restoring)?.record;
    expect(a.engine.conflict.get()).toBe(false);
    expect(restored?.report.cells).toMatchObject({
      t3_new_natural: 5,
      t3_new_legal: 7,
      t3_new_business: business,
    });
    expect(stored(store).report).toEqual(restored?.report);
    const pinned = store.versions('draft-1').filter((v) => v.pinnedUntil !== undefined);
    expect(pinned.map((v) => v.note)).toEqual(['恢复前的版本']);
    expect(pinned[0]?.report.cells).toMatchObject({
      t3_new_natural: 9,
      t3_new_legal: 7,
      t3_new_business: 4,
    });
  });

  it('a restore just after the other tab changed the same cell: the conflict, nothing saved', async () => {
    const store = createInMemoryStore();
    store.put(record());
    const a = await open(store, 'A');
    const b = await open(store, 'B');
    const first = await twoVersions(a.engine, b.engine, store);
    await landFirst(a.engine, b.engine, store, 't3_new_natural'); // 9 → 7 there, 9 → 5 here
    const { revision } = stored(store);

    const restored = (await a.engine.replaceWith(first.report, '恢复', '恢复前的版本', '恢复'))
      ?.record;
    expect(restored).toBeUndefined();
    expect(a.engine.conflict.get()).toBe(true);
    expect(a.engine.form.getValues('cells.t3_new_natural')).toBe('9'); // the form stays
    expect(stored(store).revision).toBe(revision);
    expect(stored(store).report.cells.t3_new_natural).toBe(7);
    const notes = store.versions('draft-1').map((v) => v.note);
    expect(notes).not.toContain('恢复前的版本');
    expect(notes).not.toContain('恢复');
    expect(store.versions('draft-1').filter((v) => v.pinnedUntil !== undefined)).toEqual([]);
    // Nothing more is saved from A meanwhile; B goes on as it was.
    const writes = store.counts().writes;
    type(a.engine, 't3_new_legal', '3');
    await idle();
    expect(store.counts().writes).toBe(writes);
    expect(b.engine.conflict.get()).toBe(false);
    expect(b.engine.form.getValues('cells.t3_new_natural')).toBe('7');
  });

  it('an older tab stops saving what newer code wrote, keeps its edits in its journal', async () => {
    const store = createInMemoryStore();
    store.put(record());
    const old = await open(store, 'old');
    const next = await open(store, 'next', NEXT);
    type(old.engine, 't3_new_natural', '3'); // older code, older shape: the newer tab merges it
    await vi.advanceTimersByTimeAsync(1000);
    expect(next.engine.form.getValues('cells.t3_new_natural')).toBe('3');
    type(next.engine, 't3_new_business', '4');
    await vi.advanceTimersByTimeAsync(1000);
    expect(stored(store).storeVersion).toBe(STORE_VERSION + 1);
    expect(old.engine.outdated.get()).toBe(true);
    expect(old.storage.markedOutdated()).toBe(true);
    expect(old.engine.saveState.get()).toEqual({ kind: 'outdated' });

    const writes = store.counts().writes;
    type(old.engine, 't3_new_legal', '5');
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.counts().writes).toBe(writes);
    expect(stored(store).report.cells.t3_new_legal).not.toBe(5);
    expect(store.journal('draft-1', 'old')?.report.cells.t3_new_legal).toBe(5);
    // Its journal says on what it was built, for the merge after the reload.
    expect(store.journal('draft-1', 'old')?.baseReport?.cells.t3_new_natural).toBe(3);
    const settled = store.counts();
    await idle();
    expect(store.counts()).toEqual(settled);
  });

  it('a clock set back between saves: versions stay in the order saved, the page says so', async () => {
    const store = createInMemoryStore();
    store.put(record());
    const a = await open(store, 'A');
    for (const [i, shift] of [0, -3 * 3_600_000, -3 * 3_600_000, 0].entries()) {
      vi.setSystemTime(NOW + i * 61_000 + shift);
      type(a.engine, 't3_new_natural', String(10 + i));
      await vi.advanceTimersByTimeAsync(61_000);
    }
    const versions = store.versions('draft-1');
    expect(versions.map((v) => v.report.cells.t3_new_natural)).toEqual([13, 12, 11, 10]);
    expect(versions.map((v) => v.revision)).toEqual([5, 4, 3, 2]);
    expect(a.engine.clockBehind.get()).toBe(true);
  });
});
