/**
 * The editor's state in one place, without React (in the spirit of react-hook-form's
 * `createFormControl`): the form, the totals modes, the last-year link, the current report, the
 * findings, the save state and a conflict with another tab. Components read it through
 * `useEditor()` (use-editor-state.ts); actions that change several cells run in `batch` so the
 * checks and the save run once. The explained warnings (情况属实) are engine state too: saved with
 * the report, merged with other tabs per finding, and dropped as soon as one of their cells changes.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { createFormControl, type UseFormProps } from 'react-hook-form';
import {
  checkAll,
  explainFinding,
  getTemplate,
  inferTotalsModes,
  pruneExplanations,
  reviewOpinionOf,
  withdrawExplanation,
  withReviewOpinion,
  type Finding,
  type LastYearLink,
  type Report,
  type ReviewOpinionState,
  type StoredExplanation,
  type Template,
} from '../../core';
import { profileCheckOptions, profileState } from '../profile/profile-store';
import { createStore, type ReadableStore } from '../store';
import { browserDrafts, type DraftPort } from '../storage/draft-port';
import type { DraftRecord, DraftUi, SaveOptions } from '../storage/drafts-db';
import { CLOCK_SLACK_MS } from '../storage/save-plan';
import {
  formSchema,
  formValuesOf,
  reportOf,
  type FormValues,
  type TotalsModes,
} from './form-model';
import { afterPaint } from './after-paint';
import { createDraftSaver } from './draft-saver';
import { explanationKey, fieldsOf, type EditorSnapshot } from './editor-fields';
import { fieldResolver } from './field-resolver';
import { mergeFields, sameFields } from './merge';
import { createRecentChanges } from './recent-changes';
import type { SaveState } from './save-state';
import { createUndoHistory, type ChangeOrigin, type UndoHistory } from './undo-history';

export type EditorForm = ReturnType<typeof createFormControl<FormValues>>;

/** The record an undo or redo of a replacement saved, and what to tell the user. */
export interface Reopen {
  readonly record: DraftRecord;
  readonly message: string;
}

/** What an undo or redo did: the fields it set (form names, "modes", "lastYear") and its label. */
export interface Undone {
  readonly fields: readonly string[];
  readonly label: string | undefined;
}

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
  /** The next change comes from a text area's own undo or redo (see undo-history.ts). */
  readonly nativeChange: (origin: ChangeOrigin | undefined) => void;
  /**
   * Run now the checks and the journal write that follow the latest change (they run after the
   * next paint by themselves): the page is being hidden or left, or a caller needs the findings.
   */
  readonly flush: () => void;
  /** Follow the form and the other tabs; returns the stop. */
  readonly start: () => () => void;
  /**
   * Save `report` as the draft's next revision (a restored version, another format) and stop this
   * engine: the editor reopens on the record returned (undefined when another tab saved first).
   * With `beforeNote` the state before is first kept as a version of its own (to undo it).
   */
  readonly replaceWith: (
    report: Report,
    note: string,
    beforeNote?: string,
    /** Make it a step of the draft's undo, with this label ("改用2019年格式"). */
    undoable?: string,
  ) => Promise<DraftRecord | undefined>;
  /** An undo or redo replaced the whole report: the editor reopens on this record. */
  readonly reopened: ReadableStore<Reopen | undefined>;
  /** Leave this tab's unsaved changes (the user reloads the other tab's version). */
  readonly discard: () => Promise<void>;
}

/** The field of a step that replaced the whole report (another format, a restored version). */
const REPORT = '$report';

/** Histories handed from an engine to the next one on the same draft, by the revision saved. */
const handedOver = new Map<string, { history: UndoHistory; revision: number }>();

export interface EngineOptions {
  /** The record holds work storage refused so far (kept in memory): save it at start. */
  readonly unsaved?: boolean | undefined;
  /** Newer code left changes for this draft: do not save it (see DraftLookup). */
  readonly outdated?: boolean | undefined;
  /** Where the draft is stored (the browser's storage unless a test gives another). */
  readonly storage?: DraftPort | undefined;
}

export function createEditorEngine(record: DraftRecord, options: EngineOptions = {}): EditorEngine {
  const { unsaved = false, storage = browserDrafts } = options;
  const base = record.report;
  const template = getTemplate(base.template);
  const resolver = fieldResolver(template, zodResolver(formSchema(template)));
  const formOptions = { resolver, mode: 'onChange' } as const;
  const form = createFormControl<FormValues>({ defaultValues: formValuesOf(base), ...formOptions });
  const modes = createStore<TotalsModes>({
    ...inferTotalsModes(template, base.cells),
    ...base.totals,
  });
  const lastYear = createStore<LastYearLink | undefined>(base.lastYear);
  // Explanations whose cells changed before this draft was opened (an imported file) never apply.
  const explanations = createStore<readonly StoredExplanation[]>(
    pruneExplanations(base).explanations ?? [],
  );
  const reviewOpinion = createStore(reviewOpinionOf(base));
  // Until the clerk touches it, the report keeps what the file held (even a value we cannot read).
  let opinionTouched = false;
  const saveState = createStore<SaveState>({ kind: 'saved', at: record.savedAt });
  const conflict = createStore(false);
  const outdated = createStore(options.outdated === true);
  // The draft was last saved "later" than now: the clock went back since.
  const clockBehind = createStore(record.savedAt > Date.now() + CLOCK_SLACK_MS);
  const durable = createStore(true);
  const session = crypto.randomUUID();
  let ui: DraftUi = record.ui;

  const snapshot = (): EditorSnapshot => ({
    values: structuredClone(form.getValues()),
    modes: modes.get(),
    lastYear: lastYear.get(),
    explanations: explanations.get(),
    reviewOpinion: reviewOpinion.get(),
  });
  /** The state both this tab and the store agree on: the base of a merge. */
  let synced = fieldsOf(snapshot());
  /** The report stored at the revision this tab has (journaled as the base of its edits). */
  let syncedReport = record.report;
  /** The report as the form and the stores hold it, explanations as stored. */
  const storedReport = (): Report => {
    const { explanations: _stored, ...report } = reportOf(
      base,
      form.getValues(),
      modes.get(),
      lastYear.get(),
    );
    const list = explanations.get();
    const explained = list.length > 0 ? { ...report, explanations: [...list] } : report;
    return opinionTouched ? withReviewOpinion(explained, reviewOpinion.get()) : explained;
  };
  /** `stored` without the explanations whose cells changed since (no empty list left). */
  const live = (stored: Report): Report => {
    const pruned = pruneExplanations(stored);
    if (pruned === stored || pruned.explanations?.length) return pruned;
    const { explanations: _none, ...rest } = pruned;
    return rest;
  };
  /**
   * The report: explanations whose cells changed since are not the report's, even before the
   * follow-up of the change (after the paint) drops them from the store.
   */
  const currentReport = (): Report => live(storedReport());
  /** Every rule, with the local requirements (地方要求) in force. */
  const check = (report: Report) => checkAll(report, undefined, profileCheckOptions());
  const findings = createStore<readonly Finding[]>(check(currentReport()));

  const saver = createDraftSaver<EditorSnapshot>(
    {
      id: record.id,
      session,
      snapshot: () => ({ state: snapshot(), report: currentReport(), findings: findings.get() }),
      baseReport: () => syncedReport,
      inSync: () => sameFields(fieldsOf(snapshot()), synced),
      ui: () => ui,
      status: saveState,
      // On disk means the latest change too: one still waiting for its follow-up is not.
      durable: {
        ...durable,
        set: (next) => {
          durable.set(next && !followUp.pending());
        },
      },
      onSaved: (state, report) => {
        synced = fieldsOf(state);
        syncedReport = report;
      },
      onConflict: (current) => mergeFrom(current),
      onNewer: () => {
        goOutdated();
      },
      onClockBehind: () => {
        clockBehind.set(true);
      },
    },
    { revision: record.revision, ui: record.ui },
    storage,
  );

  // Undo: the history holds changes only; `shown` is the value of each form field as last seen,
  // the "before" of its next change. Merged and undone changes follow it without being recorded.
  // A replacement made undoable hands the history to the engine of the record it saved.
  const carried = handedOver.get(record.id);
  handedOver.delete(record.id);
  const history =
    carried && carried.revision === record.revision ? carried.history : createUndoHistory();
  const reopened = createStore<Reopen | undefined>(undefined);
  const reverts = createStore(0);
  const canUndo = createStore(history.canUndo());
  const canRedo = createStore(history.canRedo());
  // Only the form's own fields: the merge's other fields (modes, the link, …) are not inputs.
  const shown = new Map<string, unknown>(
    Object.entries(fieldsOf(snapshot())).filter(([key]) => /^(?:meta|text|cells)\./.test(key)),
  );
  let quiet = 0;
  let origin: ChangeOrigin | undefined;
  const publishHistory = (): void => {
    canUndo.set(history.canUndo());
    canRedo.set(history.canRedo());
  };
  const recent = createRecentChanges();
  const note = (field: string, before: unknown, after: unknown) => {
    if (quiet === 0) {
      history.record(field, before, after, origin ?? 'edit');
      recent.touch(field);
    }
    origin = undefined;
    publishHistory();
  };
  /** The form changed `name` (undefined: maybe every field): compare with what was shown. */
  const observe = (name: string | undefined) => {
    const names = name !== undefined && shown.has(name) ? [name] : [...shown.keys()];
    for (const field of names) {
      const after = form.getValues(field as `cells.${string}`);
      const before = shown.get(field) ?? '';
      if (Object.is(before, after)) continue;
      shown.set(field, after);
      note(field, before, after);
    }
  };

  let batching = 0;
  let changedInBatch = false;
  /**
   * The report changed: check it again and journal it after the key's paint (after-paint.ts),
   * once for a burst of changes, so a keystroke pays only for its own cell and totals.
   */
  const followUp = afterPaint(() => {
    // A changed cell drops the explanations resting on it from the store too: the report is
    // built once, and an old value typed back does not bring a dropped reason back.
    const stored = storedReport();
    const report = live(stored);
    if (report !== stored) explanations.set(report.explanations ?? []);
    findings.set(check(report));
    saver.change(report);
  });
  const changed = () => {
    durable.set(false); // journaled by the follow-up, after the paint
    if (batching > 0) {
      changedInBatch = true;
      return;
    }
    followUp.request();
  };

  const batch = (change: () => void, label?: string) => {
    if (batching++ === 0) history.begin(label);
    try {
      change();
    } finally {
      if (--batching === 0) {
        history.end();
        publishHistory();
      }
    }
    if (batching === 0 && changedInBatch) {
      changedInBatch = false;
      changed();
    }
  };

  /**
   * Take in another tab's saved draft, field by field; true when merged without conflict. A save
   * follows only when this tab holds changes the store does not have yet.
   */
  const mergeFrom = async (current: DraftRecord | undefined): Promise<boolean> => {
    if (!current || current.report.template !== template.id) return stopForConflict();
    const remote = current.report;
    const theirs: EditorSnapshot = {
      values: formValuesOf(remote),
      modes: { ...inferTotalsModes(template, remote.cells), ...remote.totals },
      lastYear: remote.lastYear,
      explanations: remote.explanations ?? [],
      reviewOpinion: reviewOpinionOf(remote),
    };
    const merge = mergeFields(synced, fieldsOf(snapshot()), fieldsOf(theirs));
    if (merge.conflicts.length > 0) return stopForConflict();
    quiet++;
    try {
      batch(() => {
        const explained = new Map(explanations.get().map((e) => [explanationKey(e), e]));
        let explainedChanged = false;
        for (const [key, value] of merge.take) {
          if (key === 'modes') modes.set(theirs.modes);
          else if (key === 'lastYear') lastYear.set(theirs.lastYear);
          else if (key === 'reviewOpinion') {
            opinionTouched = true;
            reviewOpinion.set(theirs.reviewOpinion);
            changed();
          } else if (key.startsWith('explanations.')) {
            if (value) explained.set(key, JSON.parse(value) as StoredExplanation);
            else explained.delete(key);
            explainedChanged = true;
          } else form.setValue(key as `cells.${string}`, value, { shouldValidate: true });
        }
        if (explainedChanged) explanations.set([...explained.values()]);
      });
    } finally {
      quiet--;
    }
    // The other tab's values are where these fields start now: undo never takes them back.
    history.forget(merge.take.map(([key]) => key));
    publishHistory();
    synced = fieldsOf(theirs);
    syncedReport = remote;
    saver.setRevision(current.revision);
    // Re-checked after the merge; saved only if this tab's own changes are still to be stored.
    if (merge.take.length > 0) findings.set(check(currentReport()));
    if (!sameFields(fieldsOf(snapshot()), synced)) changed();
    return true;
  };

  const stopForConflict = () => {
    conflict.set(true);
    // Not awaited: this runs inside the saver's own write, which ends when it returns.
    void saver.pause();
    return Promise.resolve(false);
  };

  /** Newer code wrote this draft: stop saving; changes still go to the journal. */
  const goOutdated = () => {
    if (outdated.get()) return;
    outdated.set(true);
    saveState.set({ kind: 'outdated' });
    storage.markOutdated(record.id);
    void saver.pause();
  };

  /** Another tab announced a save: merge it now rather than at this tab's next save. */
  const followOtherTabs = () =>
    storage.onSaved(record.id, ({ revision, newer }) => {
      if (newer) {
        goOutdated();
        return;
      }
      if (revision <= saver.revision() || conflict.get() || outdated.get()) return;
      storage
        .read(record.id)
        .then(async (found) => {
          if (found.kind === 'newer') goOutdated();
          if (found.kind !== 'ok' || found.record.revision <= saver.revision()) return;
          if (conflict.get() || outdated.get()) return;
          await mergeFrom(found.record);
        })
        .catch(() => undefined); // unreadable now: this tab's next save meets the new revision
    });

  const replace = async (report: Report, note: string, beforeNote?: string) => {
    if (outdated.get()) return undefined;
    // The state before is saved below as it is, from the form.
    followUp.cancel();
    await saver.pause();
    const save = async (next: Report, options: SaveOptions) => {
      const revision = saver.revision();
      const draft: DraftRecord = { ...record, report: next, savedAt: Date.now(), ui, revision };
      const saved = await storage.save(draft, revision, session, options);
      if (!saved.ok) {
        if (saved.current.kind === 'newer') goOutdated();
        return undefined;
      }
      saver.setRevision(saved.revision);
      syncedReport = next;
      if (saved.changed) storage.announce(record.id, saved.revision);
      if (saved.clockBehind) clockBehind.set(true);
      return { ...draft, revision: saved.revision };
    };
    let done: DraftRecord | undefined;
    try {
      // The state replaced is kept as a version, pinned for a day: the way back from a mistake.
      const before = beforeNote
        ? await save(currentReport(), { note: beforeNote, pin: true })
        : true;
      done = before ? await save(report, { note }) : undefined;
    } catch (error) {
      saver.resume(); // storage refused: go on editing (and saving) what is shown
      throw error;
    }
    if (!done) {
      if (!outdated.get()) conflict.set(true);
      return undefined;
    }
    storage.forgetJournal(record.id);
    return done;
  };

  /** Undo or redo a replacement: save the other report and reopen on it, this history along. */
  let swapping = false;
  const swap = (report: Report, label: string | undefined, redo: boolean) => {
    swapping = true;
    const putBack = () => {
      swapping = false;
      if (redo) history.undo();
      else history.redo();
      publishHistory();
    };
    replace(report, `${redo ? '重做' : '撤销'}：${label ?? '替换'}`).then(
      (done) => {
        if (!done) {
          putBack();
          return;
        }
        handOver(done);
        reopened.set({
          record: done,
          message: `${redo ? '已重做' : '已撤销'}：${label ?? '替换'}。`,
        });
      },
      putBack, // storage refused: the banner says so, the draft stays as it is
    );
  };
  const handOver = (done: DraftRecord) => {
    handedOver.set(record.id, { history, revision: done.revision });
  };

  /** Set the values an undo or redo gives, as one change that is checked and saved. */
  const apply = (taken: ReturnType<typeof history.undo>, redo: boolean): Undone | undefined => {
    publishHistory();
    if (!taken) return undefined;
    const replaced = taken.values.find(([field]) => field === REPORT);
    if (replaced) {
      swap(replaced[1] as Report, taken.label, redo);
      return { fields: [], label: taken.label };
    }
    quiet++;
    try {
      batch(() => {
        for (const [field, value] of taken.values) {
          if (field === 'modes') modes.set(value as TotalsModes);
          else if (field === 'lastYear') lastYear.set(value as LastYearLink | undefined);
          else
            form.setValue(field as `cells.${string}`, value as string, {
              shouldValidate: true,
              shouldDirty: true,
            });
        }
        changed();
      });
    } finally {
      quiet--;
    }
    reverts.set(reverts.get() + 1);
    return { fields: taken.values.map(([field]) => field), label: taken.label };
  };

  return {
    id: record.id,
    template,
    form,
    formOptions,
    modes,
    lastYear,
    findings,
    saveState,
    durable,
    conflict,
    outdated,
    clockBehind,
    setModes: (next) => {
      const before = modes.get();
      modes.set(next);
      note('modes', before, next);
      changed();
    },
    setLastYear: (next) => {
      const before = lastYear.get();
      lastYear.set(next);
      note('lastYear', before, next);
      changed();
    },
    explain: (finding, reason) => {
      explanations.set(explainFinding(currentReport(), finding, reason).explanations ?? []);
      changed();
    },
    withdraw: (finding) => {
      explanations.set(withdrawExplanation(currentReport(), finding).explanations ?? []);
      changed();
    },
    reviewOpinion,
    setReviewOpinion: (state) => {
      opinionTouched = true;
      reviewOpinion.set(state);
      changed();
    },
    currentReport,
    touchUi: (next) => {
      if (next.section === ui.section && next.cell === ui.cell) return;
      // Where the user is changes; what the record is (a copy, an example) stays.
      const { section: _section, cell: _cell, ...kept } = ui;
      ui = { ...kept, ...next };
      saver.change(currentReport()); // journaled at once: a reload right after keeps the place
    },
    recentCells: recent.cells,
    batch,
    // While a replacement is saved, the form shown is about to go: nothing more is undone in it.
    undo: () => (swapping ? undefined : apply(history.undo(), false)),
    redo: () => (swapping ? undefined : apply(history.redo(), true)),
    reopened,
    canUndo,
    canRedo,
    reverts,
    checkpoint: () => {
      history.checkpoint();
    },
    nativeChange: (next) => {
      origin = next;
    },
    flush: () => {
      followUp.flush();
    },
    start: () => {
      const subscription = form.watch((_values, { name }) => {
        observe(name);
        changed();
      });
      // A subscriber marks the form mounted (useForm does the same), so the engine works on its
      // own too: without it `getValues` would keep returning the defaults.
      const mounted = form.subscribe({ formState: { values: true }, callback: () => undefined });
      const stopFollowing = followOtherTabs();
      const stopOutdated = storage.onOutdated(record.id, goOutdated);
      if (outdated.get()) {
        saveState.set({ kind: 'outdated' });
        storage.markOutdated(record.id);
        void saver.pause();
      }
      // A profile loaded or removed (here or in another tab) changes the findings, not the draft.
      const stopProfile = profileState().subscribe(() => {
        findings.set(check(currentReport()));
      });
      if (unsaved) changed();
      return () => {
        stopProfile();
        // Leaving the editor: what was typed last is checked and journaled before it goes.
        followUp.flush();
        subscription.unsubscribe();
        mounted();
        stopFollowing();
        stopOutdated();
      };
    },
    replaceWith: async (report, note, beforeNote, undoable) => {
      const before = currentReport();
      const done = await replace(report, note, beforeNote);
      if (done && undoable) {
        // One step of the draft's undo: the editor reopened on `done` takes this history along.
        history.begin(undoable);
        history.record(REPORT, before, report);
        history.end();
        handOver(done);
      }
      return done;
    },
    discard: async () => {
      followUp.cancel();
      await saver.pause();
      storage.forgetJournal(record.id);
    },
  };
}
