/**
 * The editor engine's state, made once per opened draft and shared by its parts (saving, undo,
 * tab merge, replacement, explanations): the form, the stores, the storage it was given, and the
 * report as the form shows it now. No React.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { createFormControl } from 'react-hook-form';
import {
  checkAll,
  getTemplate,
  inferTotalsModes,
  pruneExplanations,
  reviewOpinionOf,
  withReviewOpinion,
  type Finding,
  type LastYearLink,
  type Report,
  type ReviewOpinionState,
  type StoredExplanation,
  type Template,
} from '../../core';
import { profileCheckOptions } from '../profile/profile-store';
import { createStore, type Store } from '../store';
import type { DraftStorage } from '../storage/draft-storage';
import type { DraftRecord, DraftUi } from '../storage/records/draft-record';
import { CLOCK_SLACK_MS } from '../storage/records/save-plan';
import { createChangeSources, type ChangeSources } from './change-source';
import { fieldsOf, type EditorSnapshot } from './editor-fields';
import { fieldResolver } from './field-resolver';
import {
  formSchema,
  formValuesOf,
  reportOf,
  type FormValues,
  type TotalsModes,
} from './form-model';
import type { Fields } from './merge';
import type { SaveState } from './save-state';

export type EditorForm = ReturnType<typeof createFormControl<FormValues>>;

export interface EngineContext {
  readonly record: DraftRecord;
  readonly template: Template;
  readonly form: EditorForm;
  readonly formOptions: { readonly resolver: ReturnType<typeof fieldResolver>; mode: 'onChange' };
  readonly modes: Store<TotalsModes>;
  readonly lastYear: Store<LastYearLink | undefined>;
  readonly explanations: Store<readonly StoredExplanation[]>;
  readonly reviewOpinion: Store<ReviewOpinionState | undefined>;
  readonly findings: Store<readonly Finding[]>;
  readonly saveState: Store<SaveState>;
  readonly conflict: Store<boolean>;
  readonly outdated: Store<boolean>;
  readonly clockBehind: Store<boolean>;
  readonly durable: Store<boolean>;
  readonly storage: DraftStorage;
  readonly sources: ChangeSources;
  /** One opening of the draft in this tab (versions and journal entries say who wrote them). */
  readonly session: string;
  /** What changes as the clerk works, outside the stores. */
  readonly now: {
    /** Where the user is (section, cell), saved with the draft. */
    ui: DraftUi;
    /** Until the clerk touches it, the report keeps the file's opinion (even one unread). */
    opinionTouched: boolean;
    /** The state both this tab and the store agree on: the base of a merge. */
    synced: Fields;
    /** The report stored at the revision this tab has (journaled as the base of its edits). */
    syncedReport: Report;
  };
  readonly snapshot: () => EditorSnapshot;
  /** The report as the form and the stores hold it, explanations as stored. */
  readonly storedReport: () => Report;
  /** The report: explanations whose cells changed since are not the report's. */
  readonly currentReport: () => Report;
  /** Every rule, with the local requirements (地方要求) in force. */
  readonly check: (report: Report) => readonly Finding[];
}

/** `stored` without the explanations whose cells changed since (no empty list left). */
export function live(stored: Report): Report {
  const pruned = pruneExplanations(stored);
  if (pruned === stored || pruned.explanations?.length) return pruned;
  const { explanations: _none, ...rest } = pruned;
  return rest;
}

type Stores = Pick<
  EngineContext,
  'modes' | 'lastYear' | 'explanations' | 'reviewOpinion' | 'saveState' | 'conflict' | 'outdated'
> &
  Pick<EngineContext, 'clockBehind' | 'durable'>;

function storesOf(record: DraftRecord, template: Template, outdated: boolean): Stores {
  const base = record.report;
  return {
    modes: createStore<TotalsModes>({ ...inferTotalsModes(template, base.cells), ...base.totals }),
    lastYear: createStore<LastYearLink | undefined>(base.lastYear),
    // Explanations whose cells changed before this draft was opened (an imported file) never apply.
    explanations: createStore<readonly StoredExplanation[]>(
      pruneExplanations(base).explanations ?? [],
    ),
    reviewOpinion: createStore(reviewOpinionOf(base)),
    saveState: createStore<SaveState>({ kind: 'saved', at: record.savedAt }),
    conflict: createStore(false),
    outdated: createStore(outdated),
    // The draft was last saved "later" than now: the clock went back since.
    clockBehind: createStore(record.savedAt > Date.now() + CLOCK_SLACK_MS),
    durable: createStore(true),
  };
}

export function createEngineContext(
  record: DraftRecord,
  storage: DraftStorage,
  outdated: boolean,
): EngineContext {
  const base = record.report;
  const template = getTemplate(base.template);
  const resolver = fieldResolver(template, zodResolver(formSchema(template)));
  const formOptions = { resolver, mode: 'onChange' } as const;
  const form = createFormControl<FormValues>({ defaultValues: formValuesOf(base), ...formOptions });
  const stores = storesOf(record, template, outdated);
  const snapshot = (): EditorSnapshot => ({
    values: structuredClone(form.getValues()),
    modes: stores.modes.get(),
    lastYear: stores.lastYear.get(),
    explanations: stores.explanations.get(),
    reviewOpinion: stores.reviewOpinion.get(),
  });
  const now = {
    ui: record.ui,
    opinionTouched: false,
    synced: fieldsOf(snapshot()),
    syncedReport: base,
  };
  const storedReport = (): Report => {
    const values = form.getValues();
    const { explanations: _stored, ...report } = reportOf(
      base,
      values,
      stores.modes.get(),
      stores.lastYear.get(),
    );
    const list = stores.explanations.get();
    const explained = list.length > 0 ? { ...report, explanations: [...list] } : report;
    return now.opinionTouched
      ? withReviewOpinion(explained, stores.reviewOpinion.get())
      : explained;
  };
  const currentReport = () => live(storedReport());
  const check = (report: Report) => checkAll(report, undefined, profileCheckOptions());
  return {
    ...stores,
    record,
    template,
    form,
    formOptions,
    findings: createStore<readonly Finding[]>(check(currentReport())),
    storage,
    sources: createChangeSources(),
    session: crypto.randomUUID(),
    now,
    snapshot,
    storedReport,
    currentReport,
    check,
  };
}
