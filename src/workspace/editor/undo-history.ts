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

/** The history's steps: done (to undo), undone (to redo), and the group being made. */
interface Steps {
  readonly limit: number;
  done: Step[];
  undone: Step[];
  group: Step | undefined;
  depth: number;
}

function push(h: Steps, step: Step): void {
  h.done.push(step);
  if (h.done.length > h.limit) h.done = h.done.slice(h.done.length - h.limit);
}

function add(step: Step, field: string, before: unknown, after: unknown): void {
  const known = step.changes.get(field);
  if (!known) step.changes.set(field, { before, after });
  else if (Object.is(known.before, after)) step.changes.delete(field);
  else known.after = after;
}

function close(h: Steps): void {
  const last = h.done.at(-1);
  if (last) last.open = false;
}

/**
 * A text area's own undo (or redo) took `field` from `from` to `to`: move the latest steps of
 * that field it covers to the other side; false when no run of them ends at `to`.
 */
function walk(h: Steps, undo: boolean, field: string, from: unknown, to: unknown): boolean {
  const [steps, other] = undo ? [h.done, h.undone] : [h.undone, h.done];
  let value = from;
  for (let k = steps.length - 1; k >= 0; k--) {
    const only = single(steps[k]);
    const change = only?.[1];
    if (!change || only[0] !== field) return false;
    const [start, end] = undo ? [change.after, change.before] : [change.before, change.after];
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
}

function record(h: Steps, field: string, before: unknown, after: unknown, origin: ChangeOrigin) {
  if (Object.is(before, after)) return;
  if (h.group) {
    add(h.group, field, before, after);
    return;
  }
  if (origin === 'native-undo' && walk(h, true, field, before, after)) return;
  if (origin === 'native-redo' && walk(h, false, field, before, after)) return;
  const last = h.done.at(-1);
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
    if (Object.is(only[1].before, after)) h.done.pop();
    if (origin === 'edit') h.undone = [];
    return;
  }
  close(h);
  push(h, {
    changes: new Map([[field, { before, after }]]),
    label: undefined,
    open: origin === 'edit',
  });
  h.undone = [];
}

function take(h: Steps, redo: boolean): Applied | undefined {
  close(h);
  const [from, to] = redo ? [h.undone, h.done] : [h.done, h.undone];
  const step = from.pop();
  if (!step) return undefined;
  step.open = false;
  to.push(step);
  const side = redo ? 'after' : 'before';
  return {
    values: [...step.changes].map(([field, change]) => [field, change[side]] as const),
    label: step.label,
  };
}

function forget(h: Steps, fields: Iterable<string>): void {
  const gone = new Set(fields);
  const keep = (steps: Step[]) =>
    steps.filter((step) => {
      for (const field of gone) step.changes.delete(field);
      return step.changes.size > 0;
    });
  h.done = keep(h.done);
  h.undone = keep(h.undone);
  if (h.group) for (const field of gone) h.group.changes.delete(field);
}

export function createUndoHistory(limit = UNDO_LIMIT): UndoHistory {
  const h: Steps = { limit, done: [], undone: [], group: undefined, depth: 0 };
  return {
    record: (field, before, after, origin = 'edit') => {
      record(h, field, before, after, origin);
    },
    begin: (label) => {
      if (h.depth++ > 0) return;
      close(h);
      h.group = { changes: new Map(), label, open: false };
    },
    end: () => {
      if (--h.depth > 0) return;
      const step = h.group;
      h.group = undefined;
      if (step && step.changes.size > 0) {
        push(h, step);
        h.undone = [];
      }
    },
    checkpoint: () => {
      close(h);
    },
    undo: () => take(h, false),
    redo: () => {
      const applied = take(h, true);
      if (h.done.length > limit) h.done = h.done.slice(h.done.length - limit);
      return applied;
    },
    canUndo: () => h.done.length > 0,
    canRedo: () => h.undone.length > 0,
    forget: (fields) => {
      forget(h, fields);
    },
    size: () => ({ undo: h.done.length, redo: h.undone.length }),
  };
}
