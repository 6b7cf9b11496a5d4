/**
 * The draft's undo wired to the engine: every change the form or an action reports is recorded by
 * its source (change-source.ts) — the clerk's edits and a text area's own undo are, our undo,
 * another tab's merge and a replacement's reopening are not. `shown` is each form field's value as
 * last seen, the "before" of its next change. A replacement made undoable is noted (source
 * `replace`) as a step of its own and hands the history to the engine of the record it saved (by
 * the revision saved).
 */
import type { LastYearLink, Report } from '../../core';
import { createStore, type ReadableStore } from '../store';
import type { DraftRecord } from '../storage/records/draft-record';
import { recordedByUndo, touchesCells, type ChangeSource } from './change-source';
import { fieldsOf } from './editor-fields';
import type { EngineContext } from './engine-context';
import type { TotalsModes } from './form-model';
import { createRecentChanges } from './recent-changes';
import { createUndoHistory, type Applied, type UndoHistory } from './undo-history';

/** The field of a step that replaced the whole report (another format, a restored version). */
export const REPORT = '$report';

/** What an undo or redo did: the fields it set (form names, "modes", "lastYear") and its label. */
export interface Undone {
  readonly fields: readonly string[];
  readonly label: string | undefined;
}

/** Histories handed from an engine to the next one on the same draft, by the revision saved. */
const handedOver = new Map<string, { history: UndoHistory; revision: number }>();

export interface UndoWiring {
  readonly history: UndoHistory;
  readonly canUndo: ReadableStore<boolean>;
  readonly canRedo: ReadableStore<boolean>;
  /** How many undos and redos have run: what an action said it did may no longer hold. */
  readonly reverts: ReadableStore<number>;
  readonly publish: () => void;
  /** A field changed from `before` to `after` by a change of the current source. */
  readonly note: (field: string, before: unknown, after: unknown) => void;
  /** The form changed `name` (undefined: maybe every field): compare with what was shown. */
  readonly observe: (name: string | undefined) => void;
  /** Several changes as one step of the history (`label` names it). */
  readonly batch: (change: () => void, label?: string) => void;
  /** Set the values a step gives back (or forward); a replaced report goes to `swap`. */
  readonly apply: (taken: Applied | undefined, redo: boolean) => Undone | undefined;
  /** The replacement saved as `done` is a step of this history, the next engine takes it along. */
  readonly replaced: (done: DraftRecord, before: Report, after: Report, label?: string) => void;
  readonly recentCells: () => readonly string[];
}

/** Note each form field whose value differs from the one shown (`name`, or every field). */
function observeForm(
  ctx: EngineContext,
  shown: Map<string, unknown>,
  note: (field: string, before: unknown, after: unknown) => void,
  name: string | undefined,
): void {
  const names = name !== undefined && shown.has(name) ? [name] : [...shown.keys()];
  for (const field of names) {
    const after = ctx.form.getValues(field as `cells.${string}`);
    const before = shown.get(field) ?? '';
    if (Object.is(before, after)) continue;
    shown.set(field, after);
    note(field, before, after);
  }
}

/** The history of a draft: the one handed over by the engine before, or a new one. */
function historyFor(record: DraftRecord): UndoHistory {
  const carried = handedOver.get(record.id);
  handedOver.delete(record.id);
  return carried && carried.revision === record.revision ? carried.history : createUndoHistory();
}

export function wireUndo(
  ctx: EngineContext,
  changed: () => void,
  swap: (report: Report, label: string | undefined, redo: boolean) => void,
): UndoWiring {
  const history = historyFor(ctx.record);
  const canUndo = createStore(history.canUndo());
  const canRedo = createStore(history.canRedo());
  const reverts = createStore(0);
  const recent = createRecentChanges();
  // Only the form's own fields: the merge's other fields (modes, the link, …) are not inputs.
  const shown = new Map<string, unknown>(
    Object.entries(fieldsOf(ctx.snapshot())).filter(([key]) => /^(?:meta|text|cells)\./.test(key)),
  );
  const publish = () => {
    canUndo.set(history.canUndo());
    canRedo.set(history.canRedo());
  };
  const note = (field: string, before: unknown, after: unknown) => {
    const source: ChangeSource = ctx.sources.current();
    ctx.sources.taken();
    if (recordedByUndo(source)) {
      history.record(
        field,
        before,
        after,
        source === 'native-undo' || source === 'native-redo' ? source : 'edit',
      );
      if (touchesCells(source)) recent.touch(field);
    }
    publish();
  };
  const observe = (name: string | undefined) => {
    observeForm(ctx, shown, note, name);
  };
  const batch = (change: () => void, label?: string) => {
    history.begin(label);
    try {
      change();
    } finally {
      history.end();
      publish();
    }
  };
  const apply = (taken: Applied | undefined, redo: boolean): Undone | undefined => {
    publish();
    if (!taken) return undefined;
    const replaced = taken.values.find(([field]) => field === REPORT);
    if (replaced) {
      swap(replaced[1] as Report, taken.label, redo);
      return { fields: [], label: taken.label };
    }
    setBack(ctx, changed, taken.values);
    reverts.set(reverts.get() + 1);
    return { fields: taken.values.map(([field]) => field), label: taken.label };
  };
  const replaced = (done: DraftRecord, before: Report, after: Report, label?: string) => {
    // Made undoable, the replacement is first a step of its own, noted as any change is: undoing
    // it replaces the report back.
    if (label !== undefined) {
      ctx.sources.within('replace', () => {
        batch(() => {
          note(REPORT, before, after);
        }, label);
      });
    }
    handedOver.set(ctx.record.id, { history, revision: done.revision });
  };
  return {
    history,
    canUndo,
    canRedo,
    reverts,
    publish,
    note,
    observe,
    batch,
    apply,
    replaced,
    recentCells: recent.cells,
  };
}

/** Set the values an undo or redo gives, as one change of source `undo`, checked and saved. */
function setBack(ctx: EngineContext, changed: () => void, values: Applied['values']): void {
  ctx.sources.within('undo', () => {
    setValues(ctx, values);
    changed();
  });
}

/** Set the values an undo or redo gives, field by field. */
function setValues(ctx: EngineContext, values: Applied['values']): void {
  for (const [field, value] of values) {
    if (field === 'modes') ctx.modes.set(value as TotalsModes);
    else if (field === 'lastYear') ctx.lastYear.set(value as LastYearLink | undefined);
    else
      ctx.form.setValue(field as `cells.${string}`, value as string, {
        shouldValidate: true,
        shouldDirty: true,
      });
  }
}
