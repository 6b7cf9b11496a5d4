/**
 * 撤销 / 重做 for the whole draft, by button and by Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z. In a text area
 * that has typing of its own to undo, the keys are left to the browser's text undo (it walks the
 * draft's history along, see undo-history.ts); everywhere else they undo the draft's latest step.
 */
import { useCallback, useEffect, useState } from 'react';
import { cellsOf } from '../../../core';
import { useStore } from '../../use-store';
import type { EditorEngine, Undone } from '../../../workspace/editor/editor-engine';
import { useEditor } from '../state/use-editor-state';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const UNDO_KEY = MAC ? '⌘Z' : 'Ctrl+Z';
const REDO_KEY = MAC ? '⇧⌘Z' : 'Ctrl+Y';

/** What the user sees after an undo: "已撤销：粘贴" or the field it set. */
function describe(engine: EditorEngine, undone: Undone, redo: boolean): string {
  const verb = redo ? '已重做' : '已撤销';
  if (undone.label) return `${verb}：${undone.label}`;
  const [field] = undone.fields;
  if (undone.fields.length === 1 && field?.startsWith('cells.')) {
    const name = cellsOf(engine.template).get(field.slice(6))?.name;
    if (name) return `${verb}：${name}`;
  }
  if (undone.fields.length === 1 && field) {
    const label = document.querySelector(`label[for="${CSS.escape(field)}"]`)?.textContent;
    if (label) return `${verb}：${label}`;
  }
  return `${verb} ${undone.fields.length} 处修改`;
}

/** The field an undo set, brought into view and focused as a spreadsheet does. */
function reveal(fields: readonly string[]): void {
  const [field] = fields;
  if (!field) return;
  const element = document.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`);
  if (!element || element === document.activeElement) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'nearest' });
}

export function UndoButtons() {
  const engine = useEditor();
  const canUndo = useStore(engine.canUndo);
  const canRedo = useStore(engine.canRedo);
  const [message, setMessage] = useState('');
  const [native] = useState(nativeTextUndo);
  useNativeTextUndo(engine, native);

  const run = useCallback(
    (redo: boolean) => {
      const undone = redo ? engine.redo() : engine.undo();
      native.reset();
      if (!undone) return;
      setMessage(describe(engine, undone, redo));
      reveal(undone.fields);
    },
    [engine, native],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.isComposing) return;
      const key = event.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      const redo = key === 'y' || event.shiftKey;
      const target = event.target instanceof Element ? event.target : null;
      // Dialogs and the print preview have their own fields; the draft is behind them.
      if (target?.closest('dialog, [role="dialog"]')) return;
      if (target instanceof HTMLTextAreaElement && native.has(target, redo)) return;
      event.preventDefault();
      run(redo);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, [native, run]);

  return (
    <span className="undo-buttons" role="group" aria-label="撤销和重做">
      <button
        type="button"
        aria-label="撤销"
        title={`撤销（${UNDO_KEY}）`}
        disabled={!canUndo}
        onClick={() => {
          run(false);
        }}
      >
        撤销
      </button>
      <button
        type="button"
        aria-label="重做"
        title={`重做（${REDO_KEY} 或 ${MAC ? '⌘Y' : 'Ctrl+Shift+Z'}）`}
        disabled={!canRedo}
        onClick={() => {
          run(true);
        }}
      >
        重做
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {message}
      </span>
    </span>
  );
}

/**
 * What the browser's own text undo holds. Its history spans the page (Ctrl+Z in one field can undo
 * another's typing), so it is used only in the text area of its latest edits, and only until the
 * text is back where those edits began; a value set by the draft's undo ends them.
 */
interface NativeTextUndo {
  /** The field of the browser's latest edits, its text before them and after the latest one. */
  owner: Element | null;
  start: string | null;
  latest: string;
  redoable: boolean;
  /** Each field's text as last seen (on focus, after each input): the start of its next edits. */
  seen: WeakMap<Element, string>;
  readonly has: (target: HTMLTextAreaElement, redo: boolean) => boolean;
  readonly reset: () => void;
}

type TextField = HTMLInputElement | HTMLTextAreaElement;
const isTextField = (target: EventTarget | null): target is TextField =>
  target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;

function nativeTextUndo(): NativeTextUndo {
  const native: NativeTextUndo = {
    owner: null,
    start: null,
    latest: '',
    redoable: false,
    seen: new WeakMap(),
    has: (target, redo) =>
      native.owner === target &&
      (redo
        ? native.redoable && target.value !== native.latest
        : native.start !== null && target.value !== native.start),
    reset: () => {
      native.owner = null;
      native.seen = new WeakMap();
      const active = document.activeElement;
      if (isTextField(active)) native.seen.set(active, active.value);
    },
  };
  return native;
}

/** Follow the text fields' own edits, undos and redos, and the fields the user leaves. */
function useNativeTextUndo(engine: EditorEngine, native: NativeTextUndo): void {
  useEffect(() => {
    const own = (target: TextField, before: string | null) => {
      if (native.owner === target) return;
      native.owner = target;
      native.start = before;
      native.redoable = false;
    };
    // Before an edit (typing, paste, delete; not editing commands): where the edits start.
    const beforeInput = (event: InputEvent) => {
      if (isTextField(event.target) && !event.inputType.startsWith('history'))
        own(event.target, event.target.value);
    };
    // Capture: before React's handler reads the new value into the form.
    const onInput = (event: Event) => {
      const target = event.target;
      if (!isTextField(target)) return;
      const type = event instanceof InputEvent ? event.inputType : '';
      if (type === 'historyUndo' || type === 'historyRedo') {
        engine.nativeChange(type === 'historyUndo' ? 'native-undo' : 'native-redo');
        if (type === 'historyUndo' && native.owner === target) native.redoable = true;
        return;
      }
      own(target, native.seen.get(target) ?? null);
      native.latest = target.value;
      native.redoable = false;
    };
    // After React's handler: a change the form did not take must not mark the next one.
    const afterInput = (event: Event) => {
      engine.nativeChange(undefined);
      if (isTextField(event.target)) native.seen.set(event.target, event.target.value);
    };
    const onFocusIn = (event: FocusEvent) => {
      if (isTextField(event.target)) native.seen.set(event.target, event.target.value);
    };
    // A field left ends its run of typing: coming back starts a new step.
    const onFocusOut = () => {
      engine.checkpoint();
    };
    document.addEventListener('beforeinput', beforeInput, true);
    document.addEventListener('input', onInput, true);
    document.addEventListener('input', afterInput);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('beforeinput', beforeInput, true);
      document.removeEventListener('input', onInput, true);
      document.removeEventListener('input', afterInput);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, [engine, native]);
}
