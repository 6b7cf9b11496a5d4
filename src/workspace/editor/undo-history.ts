/**
 * The draft's undo history, without React or the form. A step is a set of field changes (field →
 * value before and after), so memory grows with what changed, not with the report: a run of
 * typing in one field is one step (as spreadsheets do), an action (a block paste, 空白填0, the
 * carry-over fill) is one step however many cells it changes. The history keeps at most `limit`
 * steps. Fields are named as in the merge ("cells.t3_new_natural", "text.overview", "modes").
 *
 * A text area has its own undo (the browser's): a change it makes (`native-undo` / `native-redo`)
 * walks this history along when it matches the latest step, so both histories stay in step.
 */
export interface FieldChange {
  readonly before: unknown;
  after: unknown;
}

interface Step {
  readonly changes: Map<string, FieldChange>;
  /** What the step did, for the message after undoing it ("粘贴"). */
  readonly label: string | undefined;
  /** A run of typing still open: the next edit of the same field joins it. */
  open: boolean;
}

/** Where a change comes from: the user editing (or an action), or a text area's own undo/redo. */
export type ChangeOrigin = 'edit' | 'native-undo' | 'native-redo';

/** A step taken off the history: the values to set, field by field. */
export interface Applied {
  readonly values: readonly (readonly [string, unknown])[];
  readonly label: string | undefined;
}

export interface UndoHistory {
  /** A field changed from `before` to `after`. */
  readonly record: (field: string, before: unknown, after: unknown, origin?: ChangeOrigin) => void;
  /** Group the changes until `end` into one step (nested calls join the outermost). */
  readonly begin: (label?: string) => void;
  readonly end: () => void;
  /** Close the open run of typing (the field lost focus, an insert is its own step). */
  readonly checkpoint: () => void;
  /** Take the latest step: the values to set to undo it (undefined when there is none). */
  readonly undo: () => Applied | undefined;
  readonly redo: () => Applied | undefined;
  readonly canUndo: () => boolean;
  readonly canRedo: () => boolean;
  /** Drop these fields from every step (another tab changed them: theirs is the new start). */
  readonly forget: (fields: Iterable<string>) => void;
  /** The steps kept (undo, redo), for tests and the memory bound. */
  readonly size: () => { readonly undo: number; readonly redo: number };
}

export const UNDO_LIMIT = 200;

/** The one field a step changes, or undefined when it changes several. */
function single(step: Step | undefined): [string, FieldChange] | undefined {
  if (!step || step.changes.size !== 1) return undefined;
  const [entry] = step.changes;
  return entry;
}

export function createUndoHistory(limit = UNDO_LIMIT): UndoHistory {
  let done: Step[] = [];
  let undone: Step[] = [];
  let group: Step | undefined;
  let depth = 0;

  const push = (step: Step) => {
    done.push(step);
    if (done.length > limit) done = done.slice(done.length - limit);
  };

  const add = (step: Step, field: string, before: unknown, after: unknown) => {
    const known = step.changes.get(field);
    if (!known) step.changes.set(field, { before, after });
    else if (Object.is(known.before, after)) step.changes.delete(field);
    else known.after = after;
  };

  const close = () => {
    const last = done.at(-1);
    if (last) last.open = false;
  };

  /**
   * A text area's own undo (or redo) took `field` from `from` to `to`: move the latest steps of
   * that field it covers to the other side; false when no run of them ends at `to`.
   */
  const walk = (steps: Step[], other: Step[], field: string, from: unknown, to: unknown) => {
    let value = from;
    for (let k = steps.length - 1; k >= 0; k--) {
      const only = single(steps[k]);
      const change = only?.[1];
      if (!change || only[0] !== field) return false;
      const [start, end] =
        steps === done ? [change.after, change.before] : [change.before, change.after];
      if (!Object.is(start, value)) return false;
      value = end;
      if (Object.is(value, to)) {
        for (const step of steps.splice(k).reverse()) {
          step.open = false;
          other.push(step);
        }
        return true;
      }
    }
    return false;
  };

  const record: UndoHistory['record'] = (field, before, after, origin = 'edit') => {
    if (Object.is(before, after)) return;
    if (group) {
      add(group, field, before, after);
      return;
    }
    if (origin === 'native-undo' && walk(done, undone, field, before, after)) return;
    if (origin === 'native-redo' && walk(undone, done, field, before, after)) return;
    const last = done.at(-1);
    const only = single(last);
    // The same field again: an open run grows; a text area's own undo/redo part of the last step.
    if (
      last &&
      only &&
      only[0] === field &&
      Object.is(only[1].after, before) &&
      (last.open || origin !== 'edit')
    ) {
      only[1].after = after;
      if (Object.is(only[1].before, after)) done.pop();
      if (origin === 'edit') undone = [];
      return;
    }
    close();
    push({
      changes: new Map([[field, { before, after }]]),
      label: undefined,
      open: origin === 'edit',
    });
    undone = [];
  };

  const take = (from: Step[], to: Step[], side: 'before' | 'after'): Applied | undefined => {
    close();
    const step = from.pop();
    if (!step) return undefined;
    step.open = false;
    to.push(step);
    return {
      values: [...step.changes].map(([field, change]) => [field, change[side]] as const),
      label: step.label,
    };
  };

  return {
    record,
    begin: (label) => {
      if (depth++ > 0) return;
      close();
      group = { changes: new Map(), label, open: false };
    },
    end: () => {
      if (--depth > 0) return;
      const step = group;
      group = undefined;
      if (step && step.changes.size > 0) {
        push(step);
        undone = [];
      }
    },
    checkpoint: close,
    undo: () => take(done, undone, 'before'),
    redo: () => {
      const applied = take(undone, done, 'after');
      if (done.length > limit) done = done.slice(done.length - limit);
      return applied;
    },
    canUndo: () => done.length > 0,
    canRedo: () => undone.length > 0,
    forget: (fields) => {
      const gone = new Set(fields);
      const keep = (steps: Step[]) =>
        steps.filter((step) => {
          for (const field of gone) step.changes.delete(field);
          return step.changes.size > 0;
        });
      done = keep(done);
      undone = keep(undone);
      if (group) for (const field of gone) group.changes.delete(field);
    },
    size: () => ({ undo: done.length, redo: undone.length }),
  };
}
