/**
 * What follows a change of the editor: the checks and the journal after the key's paint (once
 * for a burst of changes), and the save (draft-saver.ts). The engine's parts say only *that* a
 * change happened (`changed`); what another tab's save or newer code means is theirs to decide.
 */
import type { DraftRecord } from '../storage/records/draft-record';
import { afterPaint, type AfterPaint } from './after-paint';
import { createDraftSaver, type DraftSaver } from './draft-saver';
import { fieldsOf, type EditorSnapshot } from './editor-fields';
import { live, type EngineContext } from './engine-context';
import { sameFields } from './merge';

export interface EngineSaving {
  readonly saver: DraftSaver;
  readonly followUp: AfterPaint;
  /** The report changed: check it again and journal it after the paint, then save. */
  readonly changed: () => void;
}

export interface SavingHooks {
  /** Another tab saved first: merge its record; resolve true when merged (save again). */
  readonly onConflict: (current: DraftRecord | undefined) => Promise<boolean>;
  /** Newer code wrote the draft. */
  readonly onNewer: () => void;
}

export function createEngineSaving(ctx: EngineContext, hooks: SavingHooks): EngineSaving {
  const { now, durable } = ctx;
  /**
   * Check again and journal after the key's paint (after-paint.ts), once for a burst of changes,
   * so a keystroke pays only for its own cell and totals.
   */
  const paint = afterPaint(() => {
    // A changed cell drops the explanations resting on it from the store too: the report is
    // built once, and an old value typed back does not bring a dropped reason back.
    const stored = ctx.storedReport();
    const report = live(stored);
    if (report !== stored) ctx.explanations.set(report.explanations ?? []);
    ctx.findings.set(ctx.check(report));
    saver.change(report);
  });
  const saver = createDraftSaver<EditorSnapshot>(
    {
      id: ctx.record.id,
      session: ctx.session,
      snapshot: () => ({
        state: ctx.snapshot(),
        report: ctx.currentReport(),
        findings: ctx.findings.get(),
      }),
      baseReport: () => now.syncedReport,
      inSync: () => sameFields(fieldsOf(ctx.snapshot()), now.synced),
      ui: () => now.ui,
      status: ctx.saveState,
      // On disk means the latest change too: one still waiting for its follow-up is not.
      durable: {
        ...durable,
        set: (next) => {
          durable.set(next && !paint.pending());
        },
      },
      onSaved: (state, report) => {
        now.synced = fieldsOf(state);
        now.syncedReport = report;
      },
      onConflict: hooks.onConflict,
      onNewer: hooks.onNewer,
      onClockBehind: () => {
        ctx.clockBehind.set(true);
      },
    },
    { revision: ctx.record.revision, ui: ctx.record.ui },
    ctx.storage,
  );
  const changed = () => {
    durable.set(false); // journaled by the follow-up, after the paint
    paint.request();
  };
  return { saver, followUp: paint, changed };
}
