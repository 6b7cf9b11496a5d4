/**
 * Where a change of the editor comes from, carried by the change itself (in the spirit of tldraw's
 * history `source` and Excalidraw's `CaptureUpdateAction`), not by counters: the undo history
 * records what the clerk did and nothing else.
 * - `edit`: typed, pasted, an action (空白填0) — recorded, and one of the clerk's recent cells;
 * - `native-undo` / `native-redo`: a text area's own undo or redo — walks the history along;
 * - `undo`: our undo or redo setting values back — not recorded again;
 * - `remote`: another tab's save merged in — not recorded, and forgotten by the history;
 * - `replace`: the whole report replaced (another format, a restored version) — one step of its own.
 */
export type ChangeSource = 'edit' | 'native-undo' | 'native-redo' | 'undo' | 'remote' | 'replace';

/** Whether the undo history records a change of this source (the clerk's own, or a replacement). */
export const recordedByUndo = (source: ChangeSource): boolean =>
  source === 'edit' || source === 'native-undo' || source === 'native-redo' || source === 'replace';

/** Whether a change of this source is one of the clerk's recent cells (a replacement is none). */
export const touchesCells = (source: ChangeSource): boolean =>
  source !== 'replace' && recordedByUndo(source);

export interface ChangeSources {
  /** The source of the change happening now. */
  readonly current: () => ChangeSource;
  /** Run `change` with every change in it tagged `source` (the tag before is restored after). */
  readonly within: <T>(source: ChangeSource, change: () => T) => T;
  /** The next change the form reports comes from `source` (a text area's own undo or redo). */
  readonly next: (source: ChangeSource | undefined) => void;
  /** A change was reported: a tag given by `next` is used up. */
  readonly taken: () => void;
}

export function createChangeSources(): ChangeSources {
  let active: ChangeSource | undefined;
  let announced: ChangeSource | undefined;
  return {
    current: () => active ?? announced ?? 'edit',
    within: (source, change) => {
      const before = active;
      active = source;
      try {
        return change();
      } finally {
        active = before;
      }
    },
    next: (source) => {
      announced = source;
    },
    taken: () => {
      announced = undefined;
    },
  };
}
