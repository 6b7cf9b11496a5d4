/**
 * The editor's state in one place, without React (in the spirit of react-hook-form's
 * `createFormControl`): the form, the totals modes, the last-year link, the current report, the
 * findings, the save state and a conflict with another tab. Components read it through
 * `useEditor()` (use-editor-state.ts); actions that change several cells run in `batch` so the
 * checks and the save run once.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { createFormControl, type UseFormProps } from 'react-hook-form';
import {
  checkAll,
  getTemplate,
  inferTotalsModes,
  type Finding,
  type LastYearLink,
  type Report,
  type Template,
} from '../../../core';
import { createStore, type ReadableStore } from '../../store';
import { onSavedElsewhere } from '../../storage/draft-channel';
import {
  forgetOwnJournal,
  readDraft,
  saveDraft,
  type DraftRecord,
  type DraftUi,
} from '../../storage/drafts-db';
import {
  formSchema,
  formValuesOf,
  reportOf,
  type FormValues,
  type TotalsModes,
} from '../form-model';
import { afterPaint } from './after-paint';
import { createDraftSaver } from './draft-saver';
import { fieldsOf, type EditorSnapshot } from './editor-fields';
import { fieldResolver } from './field-resolver';
import { mergeFields } from './merge';
import type { SaveState } from './save-state';

export type EditorForm = ReturnType<typeof createFormControl<FormValues>>;

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
  readonly setModes: (modes: TotalsModes) => void;
  readonly setLastYear: (link: LastYearLink | undefined) => void;
  /** The report as the form shows it now. */
  readonly currentReport: () => Report;
  /** Where the user is (section, cell): saved with the draft, restored when it is reopened. */
  readonly touchUi: (ui: DraftUi) => void;
  /** Several changes as one: the checks run and the save is queued once, at the end. */
  readonly batch: (change: () => void) => void;
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
  ) => Promise<DraftRecord | undefined>;
  /** Leave this tab's unsaved changes (the user reloads the other tab's version). */
  readonly discard: () => Promise<void>;
}

/** `unsaved`: the record holds work storage refused so far (kept in memory): save it at start. */
export function createEditorEngine(record: DraftRecord, unsaved = false): EditorEngine {
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
  const saveState = createStore<SaveState>({ kind: 'saved', at: record.savedAt });
  const conflict = createStore(false);
  const durable = createStore(true);
  const session = crypto.randomUUID();
  let ui: DraftUi = record.ui;

  const snapshot = (): EditorSnapshot => ({
    values: structuredClone(form.getValues()),
    modes: modes.get(),
    lastYear: lastYear.get(),
  });
  /** The state both this tab and the store agree on: the base of a merge. */
  let synced = fieldsOf(snapshot());
  const currentReport = () => reportOf(base, form.getValues(), modes.get(), lastYear.get());
  const findings = createStore<readonly Finding[]>(checkAll(currentReport()));

  const saver = createDraftSaver<EditorSnapshot>(
    {
      id: record.id,
      session,
      snapshot: () => ({ state: snapshot(), report: currentReport(), findings: findings.get() }),
      ui: () => ui,
      status: saveState,
      durable,
      onSaved: (state) => {
        synced = fieldsOf(state);
      },
      onConflict: (current) => mergeFrom(current),
    },
    record.revision,
  );

  let batching = 0;
  let changedInBatch = false;
  /**
   * The report changed: check it again and journal it after the key's paint (after-paint.ts),
   * once for a burst of changes, so a keystroke pays only for its own cell and totals.
   */
  const followUp = afterPaint(() => {
    placed.cancel(); // this journal write has the place in it too
    const report = currentReport();
    findings.set(checkAll(report));
    saver.change(report);
  });
  /** Only the place changed (a focus): journal it after the paint, without checking again. */
  const placed = afterPaint(() => {
    saver.change(currentReport());
  });
  const changed = () => {
    if (batching > 0) {
      changedInBatch = true;
      return;
    }
    followUp.request();
  };

  const batch = (change: () => void) => {
    batching++;
    try {
      change();
    } finally {
      batching--;
    }
    if (batching === 0 && changedInBatch) {
      changedInBatch = false;
      changed();
    }
  };

  /** Take in another tab's saved draft, field by field; true when merged without conflict. */
  const mergeFrom = async (current: DraftRecord | undefined): Promise<boolean> => {
    if (!current || current.report.template !== template.id) return stopForConflict();
    const remote = current.report;
    const theirs: EditorSnapshot = {
      values: formValuesOf(remote),
      modes: { ...inferTotalsModes(template, remote.cells), ...remote.totals },
      lastYear: remote.lastYear,
    };
    const merge = mergeFields(synced, fieldsOf(snapshot()), fieldsOf(theirs));
    if (merge.conflicts.length > 0) return stopForConflict();
    batch(() => {
      for (const [key, value] of merge.take) {
        if (key === 'modes') modes.set(theirs.modes);
        else if (key === 'lastYear') lastYear.set(theirs.lastYear);
        else form.setValue(key as `cells.${string}`, value, { shouldValidate: true });
      }
    });
    synced = fieldsOf(theirs);
    saver.setRevision(current.revision);
    return true;
  };

  const stopForConflict = () => {
    conflict.set(true);
    // Not awaited: this runs inside the saver's own write, which ends when it returns.
    void saver.pause();
    return Promise.resolve(false);
  };

  /** Another tab announced a save: merge it now rather than at this tab's next save. */
  const followOtherTabs = () =>
    onSavedElsewhere(record.id, (revision) => {
      if (revision <= saver.revision() || conflict.get()) return;
      readDraft(record.id)
        .then(async (found) => {
          if (found.kind !== 'ok' || found.record.revision <= saver.revision()) return;
          if (await mergeFrom(found.record)) changed();
        })
        .catch(() => undefined); // unreadable now: this tab's next save meets the new revision
    });

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
    setModes: (next) => {
      modes.set(next);
      changed();
    },
    setLastYear: (next) => {
      lastYear.set(next);
      changed();
    },
    currentReport,
    touchUi: (next) => {
      if (next.section === ui.section && next.cell === ui.cell) return;
      ui = next;
      if (!followUp.pending()) placed.request();
    },
    batch,
    flush: () => {
      followUp.flush();
      placed.flush();
    },
    start: () => {
      const subscription = form.watch(changed);
      // A subscriber marks the form mounted (useForm does the same), so the engine works on its
      // own too: without it `getValues` would keep returning the defaults.
      const mounted = form.subscribe({ formState: { values: true }, callback: () => undefined });
      const stopFollowing = followOtherTabs();
      if (unsaved) changed();
      return () => {
        // Leaving the editor: what was typed last is checked and journaled before it goes.
        followUp.flush();
        placed.flush();
        subscription.unsubscribe();
        mounted();
        stopFollowing();
      };
    },
    replaceWith: async (report, note, beforeNote) => {
      // The state before is saved below as it is, from the form.
      followUp.cancel();
      placed.cancel();
      await saver.pause();
      const save = async (next: Report, why: string) => {
        const revision = saver.revision();
        const draft: DraftRecord = { ...record, report: next, savedAt: Date.now(), ui, revision };
        const saved = await saveDraft(draft, revision, session, why);
        if (!saved.ok) return undefined;
        saver.setRevision(saved.revision);
        return { ...draft, revision: saved.revision };
      };
      let done: DraftRecord | undefined;
      try {
        const before = beforeNote ? await save(currentReport(), beforeNote) : true;
        done = before ? await save(report, note) : undefined;
      } catch (error) {
        saver.resume(); // storage refused: go on editing (and saving) what is shown
        throw error;
      }
      if (!done) {
        conflict.set(true);
        return undefined;
      }
      forgetOwnJournal(record.id);
      return done;
    },
    discard: async () => {
      followUp.cancel();
      placed.cancel();
      await saver.pause();
      forgetOwnJournal(record.id);
    },
  };
}
