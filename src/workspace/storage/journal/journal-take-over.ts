/**
 * Unsaved changes of earlier page loads (a tab closed or crashed before its save) taken over when
 * the draft is opened again (journal-take-in.ts decides each): the next revision, merged in, or
 * kept as a copy, so nothing is lost and nothing is overwritten. Tabs with the draft open are told
 * of each revision saved. Given its storage, so tests run it over the store in memory.
 */
import { draftRecord, type DraftRecord } from '../records/draft-record';
import type { DraftStore, TabChannel } from '../draft-storage';
import type { JournalEntry } from './journal';
import { planTakeIn, unsavedCopy } from './journal-take-in';

export interface TakeOverStorage {
  /** This page load: its own entry is work storage refused, still in memory. */
  readonly tab: string;
  readonly save: DraftStore['save'];
  readonly put: DraftStore['put'];
  readonly announce: TabChannel['announce'];
  /** This tab's own entry is stored: forget it. */
  readonly forgetOwn: (id: string) => void;
  /** Remove the entries taken over. */
  readonly drop: (id: string, entries: readonly JournalEntry[]) => Promise<void>;
}

/** This tab's own work kept in memory (storage refused it): save it now, or hand it back. */
async function saveOwn(record: DraftRecord, own: JournalEntry, storage: TakeOverStorage) {
  try {
    const next = { ...draftRecord(own.report, record.id, own.ui), savedAt: own.at };
    const saved = await storage.save(next, record.revision, own.session);
    if (!saved.ok) return own;
    storage.forgetOwn(record.id);
    return undefined;
  } catch {
    return own;
  }
}

/** Take over `journals` into `record`; this tab's own entry when storage still refuses it. */
export async function takeOver(
  record: DraftRecord,
  journals: readonly JournalEntry[],
  storage: TakeOverStorage,
): Promise<JournalEntry | undefined> {
  const own = journals.find((entry) => entry.tab === storage.tab);
  if (own) return saveOwn(record, own, storage);
  let current = record;
  for (const entry of [...journals].sort((a, b) => a.at - b.at)) {
    const plan = planTakeIn(current, entry);
    if (plan.kind === 'copy') await storage.put(draftRecord(unsavedCopy(plan.report)));
    if (plan.kind !== 'save') continue;
    const next = { ...draftRecord(plan.report, record.id, plan.ui), savedAt: entry.at };
    const saved = await storage.save(next, current.revision, entry.session);
    if (!saved.ok) continue;
    current = { ...next, revision: saved.revision, writer: entry.session };
    if (saved.changed) storage.announce(record.id, saved.revision);
  }
  await storage.drop(record.id, journals);
  return undefined;
}
