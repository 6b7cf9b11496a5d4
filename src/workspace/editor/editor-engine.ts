/**
 * The editor's state in one place, without React (in the spirit of react-hook-form's
 * `createFormControl`): the form, the totals modes, the last-year link, the current report, the
 * findings, the save state and a conflict with another tab. Components read it through
 * `useEditor()` (src/ui/editor/state/use-editor-state.ts). The engine is given its storage (a
 * store and a tab channel, draft-storage.ts) and composed of its parts, each a file:
 *
 *   engine-context.ts   the form, the stores, the report as shown
 *   engine-saving.ts    checks and journal after the paint, the saver
 *   undo-wiring.ts      the undo history, recording each change by its source (change-source.ts)
 *   tab-merge.ts        another tab's save merged in; a conflict; newer code
 *   replacement.ts      the whole report replaced (restore, another format), and its undo
 *   explanations.ts     情况属实 and the county's opinion kept with the report
 */
import type { UseFormProps } from 'react-hook-form';
import type { Finding, LastYearLink, Report, ReviewOpinionState, Template } from '../../core';
import { profileState } from '../profile/profile-store';
import type { ReadableStore } from '../store';
import type { DraftStorage } from '../storage/draft-storage';
import type { DraftRecord, DraftUi } from '../storage/records/draft-record';
import { createEngineContext, type EditorForm, type EngineContext } from './engine-context';
import { createEngineSaving, type EngineSaving } from './engine-saving';
import { explanationActions } from './explanations';
import type { FormValues, TotalsModes } from './form-model';
import { createReplacement, type Reopen, type Replaced } from './replacement';
import type { SaveState } from './save-state';
import { createTabMerge, type TabMerge } from './tab-merge';
import { wireUndo, type Undone, type UndoWiring } from './undo-wiring';

export type { EditorForm } from './engine-context';
export type { Reopen, Replaced } from './replacement';
export type { Undone } from './undo-wiring';
export type { ChangeSource } from './change-source';

export interface EditorEngine {
  readonly id: string;
  readonly template: Template;
  readonly form: EditorForm;
  /** The options `useForm` must be given again with the form (it replaces the control's). */
  readonly formOptions: Pick<UseFormProps<FormValues>, 'resolver' | 'mode'>;
  readonly modes: ReadableStore<TotalsModes>;
  readonly lastYear: ReadableStore<LastYearLink | undefined>;
  readonly findings: ReadableStore<readonly Finding[]>;
  readonly saveState: ReadableStore<SaveState>;
  /** The latest change is on disk (see draft-saver.ts). */
  readonly durable: ReadableStore<boolean>;
  /** Another tab saved changes to the same fields: the user chooses, nothing is saved meanwhile. */
  readonly conflict: ReadableStore<boolean>;
  /**
   * Newer code has written this draft (or the database): this tab saves it no more, journals its
   * edits for the reload, and says to reload.
   */
  readonly outdated: ReadableStore<boolean>;
  /** A save was stamped before the one it follows: the computer's clock looks wrong. */
  readonly clockBehind: ReadableStore<boolean>;
  readonly setModes: (modes: TotalsModes) => void;
  readonly setLastYear: (link: LastYearLink | undefined) => void;
  /** 情况属实: keep `reason` with a warning in the report (errors cannot be explained). */
  readonly explain: (finding: Finding, reason: string) => void;
  /** 撤回说明: the warning is open again. */
  readonly withdraw: (finding: Finding) => void;
  /** The county's 审核意见 received in this draft, with the clerk's answers (report file key). */
  readonly reviewOpinion: ReadableStore<ReviewOpinionState | undefined>;
  /** Keep a received opinion or an answer to it in the report (undefined: remove it). */
  readonly setReviewOpinion: (state: ReviewOpinionState | undefined) => void;
  /** The report as the form shows it now. */
  readonly currentReport: () => Report;
  /** Where the user is (section, cell): saved with the draft, restored when it is reopened. */
  readonly touchUi: (ui: DraftUi) => void;
  /** The cells the clerk changed in this editor, most recent first (see recent-changes.ts). */
  readonly recentCells: () => readonly string[];
  /**
   * Several changes as one: the checks run and the save is queued once, at the end, and undo
   * takes them back as one step (`label` names it: "粘贴").
   */
  readonly batch: (change: () => void, label?: string) => void;
  /** Undo the latest step of this draft (typing, paste, …); the fields it set, or undefined. */
  readonly undo: () => Undone | undefined;
  readonly redo: () => Undone | undefined;
  readonly canUndo: ReadableStore<boolean>;
  readonly canRedo: ReadableStore<boolean>;
  /** How many undos and redos have run: what an action said it did may no longer hold. */
  readonly reverts: ReadableStore<number>;
  /** End the run of typing in a field: the next change is a step of its own. */
  readonly checkpoint: () => void;
  /** The next change comes from a text area's own undo or redo (see change-source.ts). */
  readonly nativeChange: (source: 'native-undo' | 'native-redo' | undefined) => void;
  /**
   * Run now the checks and the journal write that follow the latest change (they run after the
   * next paint by themselves): the page is being hidden or left, or a caller needs the findings.
   */
  readonly flush: () => void;
  /** Follow the form and the other tabs; returns the stop. */
  readonly start: () => () => void;
  /**
   * Save `report` as the draft's next revision (a restored version, another format) and stop this
   * engine: the editor reopens on the record returned, another tab's save met on the way merged
   * in; with it the report it replaced as stored, what undoing it goes back to (undefined when
   * refused: the same field changed there too, newer code).
   * With `beforeNote` the state replaced is kept as a pinned version, in the same write (to undo it).
   */
  readonly replaceWith: (
    report: Report,
    note: string,
    beforeNote?: string,
    /** Make it a step of the draft's undo, with this label ("改用2019年格式"). */
    undoable?: string,
  ) => Promise<Replaced | undefined>;
  /** An undo or redo replaced the whole report: the editor reopens on this record. */
  readonly reopened: ReadableStore<Reopen | undefined>;
  /** Leave this tab's unsaved changes (the user reloads the other tab's version). */
  readonly discard: () => Promise<void>;
}

export interface EngineOptions extends DraftStorage {
  /** The record holds work storage refused so far (kept in memory): save it at start. */
  readonly unsaved?: boolean | undefined;
  /** Newer code left changes for this draft: do not save it (see DraftLookup). */
  readonly outdated?: boolean | undefined;
}

/** Follow the form, the other tabs and the profile; returns the stop. */
function startEngine(
  ctx: EngineContext,
  parts: { saving: EngineSaving; undo: UndoWiring; tabs: TabMerge },
  unsaved: boolean,
): () => void {
  const { saving, undo, tabs } = parts;
  const subscription = ctx.form.watch((_values, { name }) => {
    undo.observe(name);
    saving.changed();
  });
  // A subscriber marks the form mounted (useForm does the same), so the engine works on its
  // own too: without it `getValues` would keep returning the defaults.
  const mounted = ctx.form.subscribe({ formState: { values: true }, callback: () => undefined });
  const stopFollowing = tabs.follow();
  const stopOutdated = ctx.storage.channel.onOutdated(ctx.record.id, tabs.goOutdated);
  if (ctx.outdated.get()) {
    ctx.saveState.set({ kind: 'outdated' });
    ctx.storage.channel.markOutdated(ctx.record.id);
    void saving.saver.pause();
  }
  // A profile loaded or removed (here or in another tab) changes the findings, not the draft.
  const stopProfile = profileState().subscribe(() => {
    ctx.findings.set(ctx.check(ctx.currentReport()));
  });
  if (unsaved) saving.changed();
  return () => {
    stopProfile();
    // Leaving the editor: what was typed last is checked and journaled before it goes.
    saving.followUp.flush();
    subscription.unsubscribe();
    mounted();
    stopFollowing();
    stopOutdated();
  };
}

/** The parts of an engine, wired to each other. */
function composeEngine(ctx: EngineContext) {
  // The parts call each other back: the saver meets another tab's save (tabs), undo meets a
  // replaced report (replacement). Each callback runs only after all are made.
  const saving = createEngineSaving(ctx, {
    onConflict: (current) => tabs.mergeFrom(current),
    onNewer: () => {
      tabs.goOutdated();
    },
  });
  const undo = wireUndo(ctx, saving.changed, (report, label, redo) => {
    replacement.swap(report, label, redo);
  });
  const tabs = createTabMerge(ctx, saving, undo);
  const replacement = createReplacement(ctx, saving, {
    goOutdated: tabs.goOutdated,
    putBack: (redo) => {
      if (redo) undo.history.undo();
      else undo.history.redo();
      undo.publish();
    },
    // Another tab's values merged in on the way are where those fields start: never undone (as
    // after the editor's own merge, tab-merge.ts).
    took: (fields) => {
      undo.history.forget(fields);
      undo.publish();
    },
    handOver: (done) => {
      undo.replaced(done, done.report, done.report);
    },
  });
  return { saving, undo, tabs, replacement };
}

/** Changes the clerk makes through the engine rather than the form. */
function engineActions(ctx: EngineContext, saving: EngineSaving, undo: UndoWiring) {
  const set = <T>(store: { get: () => T; set: (value: T) => void }, field: string, next: T) => {
    const before = store.get();
    store.set(next);
    undo.note(field, before, next);
    saving.changed();
  };
  return {
    setModes: (next: TotalsModes) => {
      set(ctx.modes, 'modes', next);
    },
    setLastYear: (next: LastYearLink | undefined) => {
      set(ctx.lastYear, 'lastYear', next);
    },
    touchUi: (next: DraftUi) => {
      const { ui } = ctx.now;
      if (next.section === ui.section && next.cell === ui.cell) return;
      // Where the user is changes; what the record is (a copy, an example) stays.
      const { section: _section, cell: _cell, ...kept } = ui;
      ctx.now.ui = { ...kept, ...next };
      saving.saver.change(ctx.currentReport()); // journaled at once: a reload right after keeps the place
    },
    ...explanationActions(ctx, saving.changed),
  };
}

export function createEditorEngine(record: DraftRecord, options: EngineOptions): EditorEngine {
  const ctx = createEngineContext(record, options, options.outdated === true);
  const { saving, undo, tabs, replacement } = composeEngine(ctx);
  const { form, formOptions, modes, lastYear, findings, saveState, durable } = ctx;
  const { conflict, outdated, clockBehind, reviewOpinion, template } = ctx;
  const { canUndo, canRedo, reverts, batch, recentCells } = undo;
  return {
    id: record.id,
    ...{ template, form, formOptions, modes, lastYear, findings, saveState, durable },
    ...{ conflict, outdated, clockBehind, reviewOpinion, canUndo, canRedo, reverts },
    ...{ batch, recentCells, reopened: replacement.reopened },
    ...engineActions(ctx, saving, undo),
    currentReport: ctx.currentReport,
    // While a replacement is saved, the form shown is about to go: nothing more is undone in it.
    undo: () => (replacement.swapping() ? undefined : undo.apply(undo.history.undo(), false)),
    redo: () => (replacement.swapping() ? undefined : undo.apply(undo.history.redo(), true)),
    checkpoint: () => {
      undo.history.checkpoint();
    },
    nativeChange: (source) => {
      ctx.sources.next(source);
    },
    flush: () => {
      saving.followUp.flush();
    },
    start: () => startEngine(ctx, { saving, undo, tabs }, options.unsaved === true),
    replaceWith: async (report, note, beforeNote, undoable) => {
      const done = await replacement.replace(report, note, beforeNote);
      if (!done) return undefined;
      // One step of the draft's undo: the editor reopened on the record takes this history along.
      // Both sides as stored: another tab's save merged in is neither undone nor redone.
      if (undoable) undo.replaced(done.record, done.before, done.record.report, undoable);
      return done;
    },
    discard: async () => {
      saving.followUp.cancel();
      await saving.saver.pause();
      ctx.storage.store.forgetJournal(record.id);
    },
  };
}
