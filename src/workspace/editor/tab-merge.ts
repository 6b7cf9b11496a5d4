/**
 * Another tab saved the same draft: take its save in field by field (merge.ts), its changes tagged
 * `remote` so undo never takes them back; the same field changed in both is a conflict the user
 * settles (nothing is saved meanwhile). Newer code that wrote the draft stops this tab's saving.
 */
import { inferTotalsModes, reviewOpinionOf, type Report, type StoredExplanation } from '../../core';
import type { DraftRecord } from '../storage/records/draft-record';
import { explanationKey, fieldsOf, type EditorSnapshot } from './editor-fields';
import type { EngineContext } from './engine-context';
import type { EngineSaving } from './engine-saving';
import { formValuesOf } from './form-model';
import { mergeFields, sameFields, type Fields } from './merge';
import type { UndoWiring } from './undo-wiring';

export interface TabMerge {
  /** Take in another tab's saved record; true when merged without conflict. */
  readonly mergeFrom: (current: DraftRecord | undefined) => Promise<boolean>;
  /** Newer code wrote this draft: stop saving; changes still go to the journal. */
  readonly goOutdated: () => void;
  /** Merge another tab's save as soon as it is announced; returns the stop. */
  readonly follow: () => () => void;
}

/** A report (the other tab's) as the editor's state. */
function snapshotOf(ctx: EngineContext, remote: Report): EditorSnapshot {
  return {
    values: formValuesOf(remote),
    modes: { ...inferTotalsModes(ctx.template, remote.cells), ...remote.totals },
    lastYear: remote.lastYear,
    explanations: remote.explanations ?? [],
    reviewOpinion: reviewOpinionOf(remote),
  };
}

/**
 * A report as the merge's fields, named as the form and the undo history name them
 * ("cells.t3_new_natural", "modes", …): what another tab changed, as keys to `forget`.
 */
export function reportFields(ctx: EngineContext, report: Report): Fields {
  return fieldsOf(snapshotOf(ctx, report));
}

/** Set the fields merged in from `theirs`. */
function take(
  ctx: EngineContext,
  changed: () => void,
  theirs: EditorSnapshot,
  fields: readonly (readonly [string, string])[],
) {
  const explained = new Map(ctx.explanations.get().map((e) => [explanationKey(e), e]));
  let explainedChanged = false;
  for (const [key, value] of fields) {
    if (key === 'modes') ctx.modes.set(theirs.modes);
    else if (key === 'lastYear') ctx.lastYear.set(theirs.lastYear);
    else if (key === 'reviewOpinion') {
      ctx.now.opinionTouched = true;
      ctx.reviewOpinion.set(theirs.reviewOpinion);
      changed();
    } else if (key.startsWith('explanations.')) {
      if (value) explained.set(key, JSON.parse(value) as StoredExplanation);
      else explained.delete(key);
      explainedChanged = true;
    } else ctx.form.setValue(key as `cells.${string}`, value, { shouldValidate: true });
  }
  if (explainedChanged) ctx.explanations.set([...explained.values()]);
}

export function createTabMerge(
  ctx: EngineContext,
  saving: EngineSaving,
  undo: UndoWiring,
): TabMerge {
  const { saver, changed } = saving;
  const stopForConflict = () => {
    ctx.conflict.set(true);
    // Not awaited: this runs inside the saver's own write, which ends when it returns.
    void saver.pause();
    return Promise.resolve(false);
  };
  const mergeFrom = (current: DraftRecord | undefined): Promise<boolean> => {
    if (!current || current.report.template !== ctx.template.id) return stopForConflict();
    const theirs = snapshotOf(ctx, current.report);
    const merge = mergeFields(ctx.now.synced, fieldsOf(ctx.snapshot()), fieldsOf(theirs));
    if (merge.conflicts.length > 0) return stopForConflict();
    ctx.sources.within('remote', () => {
      take(ctx, changed, theirs, merge.take);
    });
    // The other tab's values are where these fields start now: undo never takes them back.
    undo.history.forget(merge.take.map(([key]) => key));
    undo.publish();
    ctx.now.synced = fieldsOf(theirs);
    ctx.now.syncedReport = current.report;
    saver.setRevision(current.revision);
    // Re-checked after the merge; saved only if this tab's own changes are still to be stored.
    if (merge.take.length > 0) ctx.findings.set(ctx.check(ctx.currentReport()));
    if (!sameFields(fieldsOf(ctx.snapshot()), ctx.now.synced)) changed();
    return Promise.resolve(true);
  };
  const goOutdated = () => {
    if (ctx.outdated.get()) return;
    ctx.outdated.set(true);
    ctx.saveState.set({ kind: 'outdated' });
    ctx.storage.channel.markOutdated(ctx.record.id);
    void saver.pause();
  };
  const { id } = ctx.record;
  const follow = () =>
    ctx.storage.channel.onSaved(id, ({ revision, newer }) => {
      if (newer) {
        goOutdated();
        return;
      }
      const idle = () => !ctx.conflict.get() && !ctx.outdated.get();
      if (revision <= saver.revision() || !idle()) return;
      ctx.storage.store
        .read(id)
        .then(async (found) => {
          if (found.kind === 'newer') goOutdated();
          if (found.kind !== 'ok' || found.record.revision <= saver.revision() || !idle()) return;
          await mergeFrom(found.record);
        })
        .catch(() => undefined); // unreadable now: this tab's next save meets the new revision
    });
  return { mergeFrom, goOutdated, follow };
}
