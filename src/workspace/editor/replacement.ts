/**
 * Replacing the whole report (a restored version, another format): saved as the draft's next
 * revision over the one this tab has, the state before kept as a pinned version when asked; the
 * editor then reopens on the record saved. Made undoable, the replacement is a step of the draft's
 * undo (source `replace`), and undoing it is another replacement the same way.
 */
import type { Report } from '../../core';
import { createStore, type ReadableStore } from '../store';
import type { DraftRecord } from '../storage/records/draft-record';
import type { SaveOptions } from '../storage/records/save-plan';
import type { EngineContext } from './engine-context';
import type { EngineSaving } from './engine-saving';

/** The record an undo or redo of a replacement saved, and what to tell the user. */
export interface Reopen {
  readonly record: DraftRecord;
  readonly message: string;
}

export interface Replacement {
  /** Save `report` as the next revision and stop saving here; undefined when refused. */
  readonly replace: (
    report: Report,
    note: string,
    beforeNote?: string,
  ) => Promise<DraftRecord | undefined>;
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
  /** The swap saved `done`: the next engine takes the history along. */
  readonly handOver: (done: DraftRecord) => void;
}

/** Save `next` over the revision this tab has; the record saved, or undefined when refused. */
async function saveOver(
  ctx: EngineContext,
  saving: EngineSaving,
  next: Report,
  options: SaveOptions,
  goOutdated: () => void,
) {
  const { saver } = saving;
  const { store, channel } = ctx.storage;
  const revision = saver.revision();
  const draft: DraftRecord = {
    ...ctx.record,
    report: next,
    savedAt: Date.now(),
    ui: ctx.now.ui,
    revision,
  };
  const saved = await store.save(draft, revision, ctx.session, options);
  if (!saved.ok) {
    if (saved.current.kind === 'newer') goOutdated();
    return undefined;
  }
  saver.setRevision(saved.revision);
  ctx.now.syncedReport = next;
  if (saved.changed) channel.announce(ctx.record.id, saved.revision);
  if (saved.clockBehind) ctx.clockBehind.set(true);
  return { ...draft, revision: saved.revision };
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
    // The state before is saved below as it is, from the form.
    followUp.cancel();
    await saver.pause();
    const save = (next: Report, options: SaveOptions) =>
      saveOver(ctx, saving, next, options, hooks.goOutdated);
    let done: DraftRecord | undefined;
    try {
      // The state replaced is kept as a version, pinned for a day: the way back from a mistake.
      const before = beforeNote
        ? await save(ctx.currentReport(), { note: beforeNote, pin: true })
        : true;
      done = before ? await save(report, { note }) : undefined;
    } catch (error) {
      saver.resume(); // storage refused: go on editing (and saving) what is shown
      throw error;
    }
    if (!done) {
      if (!ctx.outdated.get()) ctx.conflict.set(true);
      return undefined;
    }
    ctx.storage.store.forgetJournal(ctx.record.id);
    return done;
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
        hooks.handOver(done);
        reopened.set({ record: done, message: `${redo ? '已重做' : '已撤销'}：${name}。` });
      },
      putBack, // storage refused: the banner says so, the draft stays as it is
    );
  };
  return { replace, swap, swapping: () => swapping, reopened };
}
