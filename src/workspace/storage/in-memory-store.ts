/**
 * The drafts store in memory, for tests: several tabs (each a DraftPort, each with the code
 * versions it runs) over one store, with the same decisions as IndexedDB's (save-plan.ts,
 * history.ts), a journal per tab and a channel between tabs. It counts what is written and said,
 * so a test can show that nothing is (in the spirit of tldraw's TLLocalSyncClient tests).
 */
import { lookupOf } from './draft-lookup';
import type { DraftPort } from './draft-port';
import type { DraftRecord } from './draft-record';
import type { SavedElsewhere } from './draft-channel';
import { newestFirst, planPin, planVersion, type DraftVersion } from './history';
import type { JournalEntry } from './journal';
import { planSave } from './save-plan';
import { CURRENT_SCHEMA, isNewer, stamped, type StoreSchema } from './store-versions';

interface Listener {
  readonly tab: string;
  readonly id: string;
  readonly code: StoreSchema['code'];
  readonly listener: (saved: SavedElsewhere) => void;
}

export interface InMemoryStore {
  /** A tab over this store, running code of `schema`. */
  readonly tab: (
    name: string,
    schema?: StoreSchema,
  ) => DraftPort & { readonly outdated: () => boolean };
  /** Store a draft as a new record (putDraft). */
  readonly put: (record: DraftRecord, schema?: StoreSchema) => void;
  /** The stored value of a draft, as stored. */
  readonly raw: (id: string) => unknown;
  /** A draft's versions, newest first. */
  readonly versions: (id: string) => DraftVersion[];
  /** Each tab's journal entry for a draft. */
  readonly journal: (id: string, tab: string) => JournalEntry | undefined;
  /** Writes of drafts and versions, and messages between tabs, so far. */
  readonly counts: () => { readonly writes: number; readonly messages: number };
}

const clone = <T>(value: T): T => structuredClone(value);

export function createInMemoryStore(now: () => number = Date.now): InMemoryStore {
  const drafts = new Map<string, unknown>();
  const history: (DraftVersion & { key: number })[] = [];
  const journals = new Map<string, JournalEntry>();
  const listeners = new Set<Listener>();
  const outdated = new Set<string>();
  let nextKey = 1;
  let writes = 0;
  let messages = 0;

  const versionsOf = (id: string) => history.filter((v) => v.draftId === id);
  const keep = (version: DraftVersion) => {
    const plan = planVersion(versionsOf(version.draftId), version, now());
    if (plan.kind === 'extend') {
      const at = history.findIndex((v) => v.key === plan.key);
      history[at] = { ...clone(version), key: plan.key };
      return;
    }
    history.push({ ...clone(version), key: nextKey++ });
    for (const key of plan.prune)
      history.splice(
        history.findIndex((v) => v.key === key),
        1,
      );
  };

  const tab = (name: string, schema: StoreSchema = CURRENT_SCHEMA) => ({
    tab: name,
    outdated: () => outdated.has(name),
    read: (id: string) => Promise.resolve(lookupOf(clone(drafts.get(id)), id, schema)),
    save: (record: DraftRecord, expected: number, session: string, options = {}) => {
      const stored = lookupOf(clone(drafts.get(record.id)), record.id, schema);
      const plan = planSave(stored, clone(record), expected, session, options, now());
      if (plan.kind === 'refuse')
        return Promise.resolve({ ok: false as const, current: plan.current });
      const done = (revision: number, changed: boolean, clockBehind = false) =>
        Promise.resolve({ ok: true as const, revision, changed, clockBehind });
      if (plan.kind === 'none') return done(plan.revision, false);
      writes++;
      if (plan.kind === 'place') {
        drafts.set(record.id, stamped(plan.record, schema.code));
        return done(plan.revision, false);
      }
      if (plan.kind === 'pin') {
        const pin = planPin(versionsOf(record.id), plan.version);
        if (pin.kind === 'add') history.push({ ...clone(plan.version), key: nextKey++ });
        else
          history[history.findIndex((v) => v.key === pin.version.key)] = {
            ...pin.version,
            key: pin.version.key ?? 0,
          };
        return done(plan.revision, false);
      }
      drafts.set(record.id, stamped(clone(plan.record), schema.code));
      keep(plan.version);
      return done(plan.record.revision, true, plan.clockBehind);
    },
    journal: (entry: JournalEntry) => {
      journals.set(`${entry.id}:${name}`, stamped(clone(entry), schema.code));
      return Promise.resolve(true);
    },
    forgetJournal: (id: string) => {
      journals.delete(`${id}:${name}`);
    },
    announce: (id: string, revision: number) => {
      messages++;
      for (const other of listeners) {
        if (other.tab === name || other.id !== id) continue;
        const newer = isNewer(schema.code, other.code);
        setTimeout(() => {
          other.listener({ revision, newer });
        }, 0);
      }
    },
    onSaved: (id: string, listener: (saved: SavedElsewhere) => void) => {
      const entry = { tab: name, id, code: schema.code, listener };
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
    markOutdated: () => {
      outdated.add(name);
    },
    onOutdated: () => () => undefined,
  });

  return {
    tab,
    put: (record, schema = CURRENT_SCHEMA) => {
      drafts.set(record.id, stamped(clone(record), schema.code));
    },
    raw: (id) => clone(drafts.get(id)),
    versions: (id) => newestFirst(versionsOf(id)),
    journal: (id, name) => journals.get(`${id}:${name}`),
    counts: () => ({ writes, messages }),
  };
}
