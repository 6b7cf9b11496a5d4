/**
 * What a save of a draft writes, decided from what is stored (pure; drafts-db.ts and the
 * in-memory store carry it out in one transaction): nothing over another revision, over a
 * damaged record or over one written by newer code; nothing at all when the content is the same
 * (no revision, no version, no message to other tabs); the place alone when only it moved.
 */
import { DAY_MS, type DraftVersion } from './history';
import type { DraftLookup } from './draft-lookup';
import type { DraftRecord } from './draft-record';
import { sameJson } from './same-json';

export interface SaveOptions {
  /** Why the version is kept, when not an ordinary save ("恢复前的版本"). */
  readonly note?: string;
  /**
   * The state stored at the revision this save replaces (the one a restore replaces) is kept as
   * a version, pinned for at least a day and noted so ("恢复前的版本"), in the same write: it is
   * never kept when the save is refused.
   */
  readonly keepBefore?: string;
  /** The span of the session's saves this one belongs to (see history.ts). */
  readonly span?: number;
}

export type SaveResult =
  | {
      readonly ok: true;
      readonly revision: number;
      /** A new revision was written (other tabs are told). */
      readonly changed: boolean;
      /** Stamped before the save it follows: the computer's clock went back. */
      readonly clockBehind: boolean;
    }
  | { readonly ok: false; readonly current: DraftLookup };

export type SavePlan =
  | { readonly kind: 'refuse'; readonly current: DraftLookup }
  | { readonly kind: 'none'; readonly revision: number }
  | { readonly kind: 'place'; readonly revision: number; readonly record: DraftRecord }
  | { readonly kind: 'pin'; readonly revision: number; readonly version: DraftVersion }
  | {
      readonly kind: 'write';
      readonly record: DraftRecord;
      readonly version: DraftVersion;
      /** The state replaced, to pin before `version` is kept (SaveOptions.keepBefore). */
      readonly before?: DraftVersion;
      readonly clockBehind: boolean;
    };

/** Two seconds of slack: a clock adjusted by the network is not "set back". */
export const CLOCK_SLACK_MS = 2_000;

/** The plan for saving `record` over revision `expected` when `stored` is what is stored. */
export function planSave(
  stored: DraftLookup,
  record: DraftRecord,
  expected: number,
  session: string,
  options: SaveOptions,
  now: number,
): SavePlan {
  /** A state of the draft as a version of its history. */
  const kept = (from: DraftRecord) => ({
    draftId: record.id,
    savedAt: from.savedAt,
    report: from.report,
    revision: from.revision,
    session,
  });
  /** The state this save writes, noted as asked. */
  const version = (from: DraftRecord): DraftVersion => ({
    ...kept(from),
    ...(options.note === undefined ? {} : { note: options.note }),
    ...(options.span === undefined || options.note !== undefined ? {} : { span: options.span }),
  });
  /** The stored state replaced, pinned for a day (SaveOptions.keepBefore). */
  const pinned = (from: DraftRecord, note: string): DraftVersion => ({
    ...kept(from),
    note,
    pinnedUntil: now + DAY_MS,
  });
  if (stored.kind === 'missing') {
    // A draft never stored (kept in memory while storage refused) is stored at revision 0.
    if (expected !== 0) return { kind: 'refuse', current: stored };
    const next = { ...record, revision: 1, writer: session };
    return { kind: 'write', record: next, version: version(next), clockBehind: false };
  }
  if (stored.kind !== 'ok' || stored.record.revision !== expected) {
    return { kind: 'refuse', current: stored };
  }
  const current = stored.record;
  if (sameJson(current.report, record.report)) {
    if (options.keepBefore !== undefined) {
      const kept = pinned(current, options.keepBefore);
      return { kind: 'pin', revision: expected, version: kept };
    }
    if (sameJson(current.ui, record.ui)) return { kind: 'none', revision: expected };
    return { kind: 'place', revision: expected, record: { ...current, ui: record.ui } };
  }
  const next = { ...record, revision: expected + 1, writer: session };
  return {
    kind: 'write',
    record: next,
    version: version(next),
    ...(options.keepBefore === undefined ? {} : { before: pinned(current, options.keepBefore) }),
    clockBehind: record.savedAt < current.savedAt - CLOCK_SLACK_MS,
  };
}
