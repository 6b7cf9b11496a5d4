/**
 * The editor's state in one place, without React (in the spirit of react-hook-form's
 * `createFormControl`): the form, the totals modes, the last-year link, the current report, the
 * findings and the save state. Components read it through `useEditor()` (use-editor-state.ts);
 * actions that change several cells run in `batch` so the checks and the save run once.
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
import { draftRecord, putDraft, type DraftRecord, type DraftUi } from '../../storage/drafts-db';
import {
  formSchema,
  formValuesOf,
  reportOf,
  type FormValues,
  type TotalsModes,
} from '../form-model';
import { createAutosave } from './autosave';
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
  readonly setModes: (modes: TotalsModes) => void;
  readonly setLastYear: (link: LastYearLink | undefined) => void;
  /** The report as the form shows it now. */
  readonly currentReport: () => Report;
  /** Where the user is (section, cell): saved with the draft, restored when it is reopened. */
  readonly touchUi: (ui: DraftUi) => void;
  /** Several changes as one: the checks run and the save is scheduled once, at the end. */
  readonly batch: (change: () => void) => void;
  /** Follow the form; returns the stop (which saves what is waiting). */
  readonly start: () => () => void;
  /** Save now if a change is waiting. */
  readonly flush: () => void;
}

export function createEditorEngine(
  record: DraftRecord,
  put: (record: DraftRecord) => Promise<void> = putDraft,
): EditorEngine {
  const base = record.report;
  const template = getTemplate(base.template);
  const formOptions = { resolver: zodResolver(formSchema(template)), mode: 'onChange' } as const;
  const form = createFormControl<FormValues>({ defaultValues: formValuesOf(base), ...formOptions });
  const modes = createStore<TotalsModes>({
    ...inferTotalsModes(template, base.cells),
    ...base.totals,
  });
  const lastYear = createStore<LastYearLink | undefined>(base.lastYear);
  const saveState = createStore<SaveState>({ kind: 'saved', at: record.savedAt });
  let ui: DraftUi = record.ui;

  const currentReport = () => reportOf(base, form.getValues(), modes.get(), lastYear.get());
  const findings = createStore<readonly Finding[]>(checkAll(currentReport()));
  const autosave = createAutosave({
    record: () => draftRecord(currentReport(), record.id, ui),
    put,
    status: saveState,
  });

  let batching = 0;
  let changedInBatch = false;
  /** The report changed: check it again (synchronously, so the panel is right after the key) and save. */
  const changed = () => {
    if (batching > 0) {
      changedInBatch = true;
      return;
    }
    findings.set(checkAll(currentReport()));
    autosave.schedule();
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
      autosave.schedule();
    },
    batch: (change) => {
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
    },
    start: () => {
      const subscription = form.watch(changed);
      // A subscriber marks the form mounted (useForm does the same), so the engine works on its
      // own too: without it `getValues` would keep returning the defaults.
      const mounted = form.subscribe({ formState: { values: true }, callback: () => undefined });
      return () => {
        subscription.unsubscribe();
        mounted();
        autosave.flush();
      };
    },
    flush: autosave.flush,
  };
}
