/**
 * The engine over the storage port, in memory: what only the end-to-end specs covered before —
 * saving over a revision, another tab's save merged, a conflict that pauses saving until the user
 * loads the other version or keeps a copy, a replacement and its undo, the journal of a crashed
 * tab taken over, and storage refused then working again. Every test but the last checks that
 * storage worked throughout (the engine's tests once ran with every write failing, unnoticed).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportFixture } from '../../testing/fixtures';
import { copyRecord, type DraftRecord } from '../storage/records/draft-record';
import type { DraftStorage } from '../storage/draft-storage';
import { createInMemoryStore, type InMemoryStore } from '../storage/in-memory-store';
import { takeOver } from '../storage/journal/journal-take-over';
import { storageHealth } from '../storage/storage-health';
import { createEditorEngine, type EditorEngine } from './editor-engine';

const NOW = Date.UTC(2026, 0, 12, 9);
const ID = 'draft-1';

function record(): DraftRecord {
  const report = reportFixture('example-2021');
  return { id: ID, report, savedAt: NOW - 60_000, ui: {}, errors: 0, warnings: 0, revision: 1 };
}

const running: { engine: EditorEngine; stop: () => void }[] = [];

async function open(store: InMemoryStore, tab: string, storage: DraftStorage = store.tab(tab)) {
  const found = await storage.store.read(ID);
  if (found.kind !== 'ok') throw new Error(found.kind);
  const engine = createEditorEngine(found.record, storage);
  running.push({ engine, stop: engine.start() });
  return { engine, storage };
}

function type(engine: EditorEngine, cell: string, value: string) {
  engine.form.setValue(`cells.${cell}`, value, { shouldDirty: true });
  engine.flush();
}

const stored = (store: InMemoryStore) => store.raw(ID) as DraftRecord;
const settle = () => vi.advanceTimersByTimeAsync(2000);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});
afterEach(() => {
  for (const { engine, stop } of running.splice(0)) {
    stop();
    expect(engine.saveState.get().kind).not.toBe('failed');
  }
  vi.useRealTimers();
});

describe('the engine over its storage', () => {
  it('saves over the revision it has: each save is the next revision; an old one is refused', async () => {
    const store = createInMemoryStore();
    store.put(record());
    const { engine, storage } = await open(store, 'A');
    type(engine, 't3_new_natural', '5');
    await settle();
    expect(stored(store)).toMatchObject({ revision: 2 });
    expect(stored(store).report.cells.t3_new_natural).toBe(5);
    type(engine, 't3_new_natural', '6');
    await settle();
    expect(stored(store).revision).toBe(3);
    expect(engine.saveState.get().kind).toBe('saved');
    expect(store.journal(ID, 'A')).toBeUndefined(); // saved: the journal entry is gone
    const stale = await storage.store.save({ ...record(), revision: 1 }, 1, 'other');
    expect(stale).toMatchObject({ ok: false, current: { kind: 'ok' } });
    expect(stored(store).report.cells.t3_new_natural).toBe(6);
  });

  it("merges another tab's save as it is announced; undo does not take it back", async () => {
    const store = createInMemoryStore();
    store.put(record());
    const a = await open(store, 'A');
    const b = await open(store, 'B');
    type(a.engine, 't3_new_natural', '8');
    await settle();
    expect(b.engine.form.getValues('cells.t3_new_natural')).toBe('8');
    expect(b.engine.canUndo.get()).toBe(false);
    expect(b.engine.recentCells()).toEqual([]);
    type(b.engine, 't3_new_business', '3'); // saved over the merged revision, no conflict
    await settle();
    expect(stored(store).report.cells).toMatchObject({ t3_new_natural: 8, t3_new_business: 3 });
    expect(stored(store).revision).toBe(3);
    expect(a.engine.form.getValues('cells.t3_new_business')).toBe('3');
  });

  it('a conflict pauses saving until the user loads the other version or keeps a copy', async () => {
    const store = createInMemoryStore();
    store.put(record());
    const a = await open(store, 'A');
    const b = await open(store, 'B');
    type(a.engine, 't3_new_natural', '1');
    type(b.engine, 't3_new_natural', '2'); // the same cell, before either tab heard the other
    await settle();
    const [paused] = [a, b].filter((tab) => tab.engine.conflict.get());
    if (!paused) throw new Error('no conflict');
    const winner = stored(store).report.cells.t3_new_natural;
    const writes = store.counts().writes;
    type(paused.engine, 't3_new_legal', '9'); // journaled, not saved
    await settle();
    expect(store.counts().writes).toBe(writes);
    expect(stored(store).report.cells.t3_new_natural).toBe(winner);

    // 另存为副本: this tab's report is kept as a draft of its own.
    const copy = copyRecord(paused.engine.currentReport());
    await paused.storage.store.put(copy);
    expect((store.raw(copy.id) as DraftRecord).report.cells.t3_new_legal).toBe(9);
    // 载入其他标签页的版本: this tab's changes are left, the editor reopens on what is stored.
    await paused.engine.discard();
    const found = await paused.storage.store.read(ID);
    if (found.kind !== 'ok') throw new Error(found.kind);
    const reloaded = createEditorEngine(found.record, paused.storage);
    running.push({ engine: reloaded, stop: reloaded.start() });
    expect(reloaded.form.getValues('cells.t3_new_natural')).toBe(String(winner));
    expect(reloaded.conflict.get()).toBe(false);
    type(reloaded, 't3_new_legal', '4');
    await settle();
    expect(stored(store).report.cells.t3_new_legal).toBe(4);
  });

  it('a replacement is saved as the next revision, and undoing it is another one', async () => {
    const store = createInMemoryStore();
    store.put(record());
    const a = await open(store, 'A');
    type(a.engine, 't3_new_natural', '5');
    await settle();
    const before = a.engine.currentReport();
    const other = { ...before, cells: { ...before.cells, t3_new_natural: 40 } };
    const replaced = await a.engine.replaceWith(other, '恢复', '恢复前的版本', '恢复版本');
    if (!replaced) throw new Error('refused');
    const done = replaced.record;
    expect(replaced.before).toEqual(before);
    expect(stored(store)).toMatchObject({ revision: done.revision });
    expect(stored(store).report.cells.t3_new_natural).toBe(40);
    expect(store.versions(ID).find((v) => v.note === '恢复前的版本')?.report).toEqual(before);

    const reopened = createEditorEngine(done, a.storage); // the editor reopens on it
    running.push({ engine: reopened, stop: reopened.start() });
    expect(reopened.canUndo.get()).toBe(true);
    expect(reopened.undo()?.label).toBe('恢复版本');
    await settle();
    const back = reopened.reopened.get();
    expect(back?.message).toBe('已撤销：恢复版本。');
    expect(stored(store).report.cells.t3_new_natural).toBe(5);
    if (!back) throw new Error('not reopened');
    const again = createEditorEngine(back.record, a.storage);
    running.push({ engine: again, stop: again.start() });
    expect(again.canRedo.get()).toBe(true);
    again.redo();
    await settle();
    expect(stored(store).report.cells.t3_new_natural).toBe(40);
  });

  it("takes over a crashed tab's journal when the draft is opened again", async () => {
    const store = createInMemoryStore();
    store.put(record());
    const a = await open(store, 'A');
    type(a.engine, 't3_new_natural', '12'); // journaled at once …
    const entry = store.journal(ID, 'A');
    running.splice(0); // … and the tab is gone before its save (no stop, no flush)
    expect(entry?.report.cells.t3_new_natural).toBe(12);
    if (!entry) throw new Error('not journaled');
    expect(stored(store).revision).toBe(1);

    const b = store.tab('B');
    const unsaved = await takeOver(stored(store), [entry], {
      tab: 'B',
      save: b.store.save,
      put: b.store.put,
      announce: b.channel.announce,
      forgetOwn: b.store.forgetJournal,
      drop: (_id, entries) => {
        store.dropJournals(entries);
        return Promise.resolve();
      },
    });
    expect(unsaved).toBeUndefined();
    expect(stored(store)).toMatchObject({ revision: 2 });
    expect(stored(store).report.cells.t3_new_natural).toBe(12);
    expect(store.journal(ID, 'A')).toBeUndefined();
    const reopened = await open(store, 'B', b);
    expect(reopened.engine.form.getValues('cells.t3_new_natural')).toBe('12');
  });

  it('storage refused: the work stays in the editor, then is stored once storage works again', async () => {
    const store = createInMemoryStore();
    store.put(record());
    const found = await store.tab('A').store.read(ID);
    if (found.kind !== 'ok') throw new Error(found.kind);
    const engine = createEditorEngine(found.record, store.tab('A'));
    const stop = engine.start();
    store.refuse(true);
    type(engine, 't3_new_natural', '21');
    await settle();
    expect(engine.saveState.get()).toMatchObject({ kind: 'failed' });
    expect(storageHealth.get().kind).toBe('full');
    expect(stored(store).revision).toBe(1);
    expect(engine.currentReport().cells.t3_new_natural).toBe(21);

    store.refuse(false);
    type(engine, 't3_new_business', '22');
    await settle();
    expect(engine.saveState.get().kind).toBe('saved');
    expect(storageHealth.get().kind).toBe('ok');
    expect(stored(store).report.cells).toMatchObject({ t3_new_natural: 21, t3_new_business: 22 });
    stop();
  });
});
