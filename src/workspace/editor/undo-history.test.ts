import { describe, expect, it } from 'vitest';
import { createUndoHistory } from './undo-history';

/** Type `text` into `field` one character at a time, as the input events do. */
function type(
  history: ReturnType<typeof createUndoHistory>,
  field: string,
  from: string,
  text: string,
) {
  let value = from;
  for (const char of text) {
    history.record(field, value, value + char);
    value += char;
  }
  return value;
}

describe('undo history', () => {
  it('makes a run of typing in one field one step, and a new field a new step', () => {
    const history = createUndoHistory();
    type(history, 'cells.a', '', '123');
    type(history, 'cells.b', '', '45');
    expect(history.size()).toEqual({ undo: 2, redo: 0 });
    expect(history.undo()?.values).toEqual([['cells.b', '']]);
    expect(history.undo()?.values).toEqual([['cells.a', '']]);
    expect(history.undo()).toBeUndefined();
    expect(history.redo()?.values).toEqual([['cells.a', '123']]);
    expect(history.redo()?.values).toEqual([['cells.b', '45']]);
    expect(history.canRedo()).toBe(false);
  });

  it('starts a new step in the same field after a checkpoint (the field lost focus)', () => {
    const history = createUndoHistory();
    const value = type(history, 'text.x', '', 'ab');
    history.checkpoint();
    type(history, 'text.x', value, 'cd');
    expect(history.undo()?.values).toEqual([['text.x', 'ab']]);
    expect(history.undo()?.values).toEqual([['text.x', '']]);
  });

  it('drops a run that ends where it began (Escape restored the cell)', () => {
    const history = createUndoHistory();
    type(history, 'cells.a', '7', '9');
    history.record('cells.a', '79', '7');
    expect(history.canUndo()).toBe(false);
  });

  it('groups an action into one step that restores every cell it changed', () => {
    const history = createUndoHistory();
    type(history, 'cells.a', '', '1');
    history.begin('粘贴');
    history.record('cells.a', '1', '5');
    history.record('cells.b', '', '6');
    history.begin(); // nested: joins the outer step
    history.record('cells.c', '2', '7');
    history.end();
    history.end();
    expect(history.size().undo).toBe(2);
    const undone = history.undo();
    expect(undone?.label).toBe('粘贴');
    expect(new Map(undone?.values)).toEqual(
      new Map([
        ['cells.a', '1'],
        ['cells.b', ''],
        ['cells.c', '2'],
      ]),
    );
    expect(new Map(history.redo()?.values).get('cells.a')).toBe('5');
  });

  it('does not join typing after an action into the action, nor an empty action into anything', () => {
    const history = createUndoHistory();
    history.begin();
    history.end();
    expect(history.canUndo()).toBe(false);
    history.begin();
    history.record('cells.a', '', '0');
    history.end();
    type(history, 'cells.a', '0', '1');
    expect(history.undo()?.values).toEqual([['cells.a', '0']]);
  });

  it('clears what can be redone once something new is done', () => {
    const history = createUndoHistory();
    type(history, 'cells.a', '', '1');
    history.undo();
    expect(history.canRedo()).toBe(true);
    type(history, 'cells.b', '', '2');
    expect(history.canRedo()).toBe(false);
  });

  it('keeps at most the limit, dropping the oldest steps', () => {
    const history = createUndoHistory(200);
    for (let i = 0; i < 2000; i++) {
      history.record(`cells.c${i % 50}`, String(i), String(i + 1));
      history.checkpoint();
    }
    expect(history.size().undo).toBe(200);
    for (let i = 0; i < 200; i++) history.undo();
    expect(history.undo()).toBeUndefined();
    expect(history.size().redo).toBe(200);
  });

  it("follows a text area's own undo and redo of the latest step instead of adding steps", () => {
    const history = createUndoHistory();
    const typed = type(history, 'text.x', '', 'abc');
    history.checkpoint();
    history.begin('插入小标题');
    history.record('text.x', typed, `${typed}\n（一）`);
    history.end();
    // The browser undoes the insert: the insert step moves to redo.
    history.record('text.x', `${typed}\n（一）`, typed, 'native-undo');
    expect(history.size()).toEqual({ undo: 1, redo: 1 });
    history.record('text.x', typed, `${typed}\n（一）`, 'native-redo');
    expect(history.size()).toEqual({ undo: 2, redo: 0 });
    history.record('text.x', `${typed}\n（一）`, typed, 'native-undo');
    // Part of the typing undone by the browser shortens the step; all of it takes the step away.
    history.record('text.x', 'abc', 'a', 'native-undo');
    expect(history.size().undo).toBe(1);
    history.record('text.x', 'a', '', 'native-undo');
    expect(history.size()).toEqual({ undo: 0, redo: 2 });
  });

  it('moves several steps at once when the browser undoes them as one', () => {
    const history = createUndoHistory();
    type(history, 'cells.a', '', '1');
    const typed = type(history, 'text.x', '', 'ab');
    history.begin('插入小标题');
    history.record('text.x', typed, 'ab\nH\n');
    history.end();
    type(history, 'text.x', 'ab\nH\n', 'c');
    history.record('text.x', 'ab\nH\nc', 'ab', 'native-undo');
    expect(history.size()).toEqual({ undo: 2, redo: 2 });
    expect(history.redo()?.label).toBe('插入小标题');
    history.undo();
    history.record('text.x', 'ab', 'ab\nH\nc', 'native-redo');
    expect(history.size()).toEqual({ undo: 4, redo: 0 });
    // A change of another field is never taken for the text area's undo.
    history.record('cells.a', '1', '', 'native-undo');
    expect(history.size()).toEqual({ undo: 5, redo: 0 });
  });

  it('forgets the fields another tab changed, and steps left empty', () => {
    const history = createUndoHistory();
    type(history, 'cells.a', '', '1');
    history.begin();
    history.record('cells.a', '1', '2');
    history.record('cells.b', '', '3');
    history.end();
    history.forget(['cells.a']);
    expect(history.size().undo).toBe(1);
    expect(history.undo()?.values).toEqual([['cells.b', '']]);
  });
});
