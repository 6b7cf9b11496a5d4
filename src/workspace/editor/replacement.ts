/**
 * Replacing the whole report (a restored version, another format): saved as the draft's next
 * revision over the one this tab has, another tab's save met on the way merged in, the state
 * before kept as a pinned version when asked; the editor then reopens on the record saved. Made
 * undoable, the replacement is a step of the draft's undo (source `replace`), and undoing it is
 * another replacement the same way. The fields taken from another tab's save are handed to
 * `hooks.took`: as after the editor's own merge (tab-merge.ts), undo forgets them, so it never
 * takes the other tab's values back.
 */
import type { Report } from '../../core';
import { createStore, type ReadableStore } from '../store';
import type { DraftRecord } from '../storage/records/draft-record';
import { mergeReports } from '../storage/records/report-merge';
import { sameJson } from '../storage/records/same-json';
import type { SaveOptions } from '../storage/records/save-plan';
import type { EngineContext } from './engine-context';
import type { EngineSaving } from './engine-saving';
import { mergeFields } from './merge';
import { reportFields } from './tab-merge';

/** The record an undo or redo of a replacement saved, and what to tell the user. */
export interface Reopen {
  readonly record: DraftRecord;
  readonly message: string;
}

export interface Replacement {
  /**
   * Save `report` as the next revision and stop saving here, another tab's save met on the way
   * merged in; undefined when refused (a conflict, newer code).
   */
  readonly replace: (
    report: Report,
    note: string,
    beforeNote?: string,
  ) => Promise<Replaced | undefined>;
  /** Undo or redo a replacement: save the other report and reopen on it. */
  readonly swap: (report: Report, label: string | undefined, redo: boolean) => void;
  /** A swap is being saved: the form shown is about to go, nothing more is undone in it. */
  readonly swapping: () => boolean;
  readonly reopened: ReadableStore<Reopen | undefined>;
}

export interface ReplacementHooks {
  readonly goOutdated: () => void;
  /** The swap was refused: put the step back where it was. */
  readonly putBack: (redo: boolean) => void;
  /**
   * A replacement (or a swap) merged these fields in from another tab's save: undo forgets them
   * (form names, as tab-merge.ts names them).
   */
  readonly took: (fields: readonly string[]) => void;
  /** The swap saved `done`: the next engine takes the history along. */
  readonly handOver: (done: DraftRecord) => void;
}

/**
 * How often another tab's save is merged in before the replacement gives up (each merge is
 * followed by a save at once: only a tab saving again within those few milliseconds makes it).
 */
export const REPLACE_MERGES = 3;

/** A replacement saved: the record, and the report it replaced as stored (to undo it). */
export interface Replaced {
  readonly record: DraftRecord;
  readonly before: Report;
}

/**
 * The fields `theirs` changed from `base` that each of this tab's `mines` left as they were (as
 * the editor merges another tab's save: tab-merge.ts), added to `taken`.
 */
function addTaken(
  ctx: EngineContext,
  taken: Set<string>,
  merge: { readonly base: Report; readonly mines: readonly Report[]; readonly theirs: Report },
): void {
  const base = reportFields(ctx, merge.base);
  const theirs = reportFields(ctx, merge.theirs);
  for (const mine of merge.mines) {
    for (const [key] of mergeFields(base, reportFields(ctx, mine), theirs).take) taken.add(key);
  }
}

type SaveOver =
  | { readonly kind: 'saved'; readonly record: DraftRecord }
  /** Another tab saved since: its record, to merge. */
  | { readonly kind: 'moved'; readonly current: DraftRecord }
  /** Newer code, a damaged or a deleted draft: nothing to merge. */
  | { readonly kind: 'refused' };

/** Save `next` over `revision` (not yet the saver's: it follows only once the whole is saved). */
async function saveOver(
  ctx: EngineContext,
  next: Report,
  revision: number,
  options: SaveOptions,
  goOutdated: () => void,
): Promise<SaveOver> {
  const { store, channel } = ctx.storage;
  const draft: DraftRecord = {
    ...ctx.record,
    report: next,
    savedAt: Date.now(),
    ui: ctx.now.ui,
    revision,
  };
  const saved = await store.save(draft, revision, ctx.session, options);
  if (!saved.ok) {
    if (saved.current.kind === 'ok') return { kind: 'moved', current: saved.current.record };
    if (saved.current.kind === 'newer') goOutdated();
    return { kind: 'refused' };
  }
  if (saved.changed) channel.announce(ctx.record.id, saved.revision);
  if (saved.clockBehind) ctx.clockBehind.set(true);
  return { kind: 'saved', record: { ...draft, revision: saved.revision } };
}

interface Wanted {
  /** The report replacing the one shown. */
  readonly report: Report;
  /** The report the form showed when the replacement was asked for. */
  readonly shown: Report;
  readonly note: string;
  readonly beforeNote?: string;
}

/**
 * Save `report` over the revision this tab has. With `beforeNote`, what the form shows is first
 * saved as it is (its unsaved changes), then the replacement, which keeps the state it replaces
 * pinned in the same write (SaveOptions.keepBefore): nothing is pinned unless it is saved.
 * Another tab's save met on the way is merged in as the editor merges one, from the report stored
 * at the revision this tab had (report-merge.ts): into the state before and into the replacement,
 * then saved again. The same field changed differently on both sides stops it, nothing more saved.
 * The fields taken from the other tab's save are returned with the record (`taken`).
 */
async function saveMerging(
  ctx: EngineContext,
  saving: EngineSaving,
  goOutdated: () => void,
  wanted: Wanted,
): Promise<(Replaced & { readonly taken: readonly string[] }) | undefined> {
  const { beforeNote } = wanted;
  let revision = saving.saver.revision();
  let base = ctx.now.syncedReport;
  const form = ctx.currentReport();
  // What came into the form since the click (another tab's save merged while this tab's own save
  // ended) is not what the user replaced: kept unless the replacement changes it too.
  let next = wanted.report;
  if (!sameJson(form, wanted.shown)) {
    const since = mergeReports(wanted.shown, next, form);
    if (since.conflicts.length > 0) return undefined;
    next = since.report;
  }
  // The state replaced as it will be stored: the form saved first, else what is stored.
  const taken = new Set<string>();
  let beforeSaved = beforeNote === undefined;
  let before = beforeSaved ? base : form;
  const options: SaveOptions = {
    note: wanted.note,
    ...(beforeNote === undefined ? {} : { keepBefore: beforeNote }),
  };
  for (let merges = 0; ;) {
    const saved = beforeSaved
      ? await saveOver(ctx, next, revision, options, goOutdated)
      : await saveOver(ctx, before, revision, {}, goOutdated);
    if (saved.kind === 'saved') {
      if (beforeSaved) return { record: saved.record, before, taken: [...taken] };
      revision = saved.record.revision;
      base = before;
      beforeSaved = true;
      continue;
    }
    if (saved.kind === 'refused' || merges === REPLACE_MERGES) return undefined;
    merges += 1;
    const theirs = saved.current.report;
    const replacement = mergeReports(base, next, theirs);
    const kept = beforeSaved
      ? { report: theirs, conflicts: [] }
      : mergeReports(base, before, theirs);
    if (replacement.conflicts.length > 0 || kept.conflicts.length > 0) return undefined;
    addTaken(ctx, taken, { base, mines: beforeSaved ? [next] : [next, before], theirs });
    next = replacement.report;
    before = kept.report;
    base = theirs;
    revision = saved.current.revision;
  }
}

export function createReplacement(
  ctx: EngineContext,
  saving: EngineSaving,
  hooks: ReplacementHooks,
): Replacement {
  const { saver, followUp } = saving;
  const reopened = createStore<Reopen | undefined>(undefined);
  let swapping = false;
  const replace = async (report: Report, note: string, beforeNote?: string) => {
    if (ctx.outdated.get()) return undefined;
    const shown = ctx.currentReport();
    // The state before is saved below as it is, from the form.
    followUp.cancel();
    await saver.pause();
    if (ctx.conflict.get()) return undefined; // met meanwhile: the user chooses first
    let done: Awaited<ReturnType<typeof saveMerging>>;
    try {
      done = await saveMerging(ctx, saving, hooks.goOutdated, {
        report,
        shown,
        note,
        ...(beforeNote === undefined ? {} : { beforeNote }),
      });
    } catch (error) {
      saver.resume(); // storage refused: go on editing (and saving) what is shown
      throw error;
    }
    if (!done) {
      // As the editor on a conflict: the form stays, nothing is saved, the user chooses.
      if (!ctx.outdated.get()) ctx.conflict.set(true);
      return undefined;
    }
    saver.setRevision(done.record.revision);
    ctx.now.syncedReport = done.record.report;
    // The form shown goes: nothing merged into it meanwhile is journaled after the restore.
    followUp.cancel();
    ctx.storage.store.forgetJournal(ctx.record.id);
    hooks.took(done.taken);
    return { record: done.record, before: done.before };
  };
  const swap = (report: Report, label: string | undefined, redo: boolean) => {
    swapping = true;
    const putBack = () => {
      swapping = false;
      hooks.putBack(redo);
    };
    const name = label ?? '替换';
    replace(report, `${redo ? '重做' : '撤销'}：${name}`).then(
      (done) => {
        if (!done) {
          putBack();
          return;
        }
        hooks.handOver(done.record);
        reopened.set({ record: done.record, message: `${redo ? '已重做' : '已撤销'}：${name}。` });
      },
      putBack, // storage refused: the banner says so, the draft stays as it is
    );
  };
  return { replace, swap, swapping: () => swapping, reopened };
}
