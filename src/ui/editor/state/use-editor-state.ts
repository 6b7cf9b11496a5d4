/**
 * The thin React side of the editor engine: one engine per opened draft, followed while the editor
 * is mounted; components read it with `useEditor()` and the hooks below.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Finding, LastYearLink } from '../../../core';
import type { DraftRecord } from '../../../workspace/drafts';
import { registerOpenDraft } from '../../../workspace/storage-status';
import { guardUpdate } from '../../update/update-guard';
import { useStore } from '../../use-store';
import type { TotalsModes } from '../../../workspace/editor/form-model';
import type { EditorEngine } from '../../../workspace/editor/editor-engine';
import {
  createBrowserEditor,
  type BrowserEngineOptions,
} from '../../../workspace/editor/browser-editor';
import type { SaveState } from '../../../workspace/editor/save-state';

export const EditorContext = createContext<EditorEngine | null>(null);

/** The engine of the draft being edited. */
export function useEditor(): EditorEngine {
  const engine = useContext(EditorContext);
  if (!engine) throw new Error('useEditor outside the editor');
  return engine;
}

export function useModes(): TotalsModes {
  return useStore(useEditor().modes);
}

export function useLastYear(): LastYearLink | undefined {
  return useStore(useEditor().lastYear);
}

export function useFindings(): readonly Finding[] {
  return useStore(useEditor().findings);
}

export function useSaveState(): SaveState {
  return useStore(useEditor().saveState);
}

export function useDurable(): boolean {
  return useStore(useEditor().durable);
}

export function useConflict(): boolean {
  return useStore(useEditor().conflict);
}

export function useOutdated(): boolean {
  return useStore(useEditor().outdated);
}

export function useClockBehind(): boolean {
  return useStore(useEditor().clockBehind);
}

/** Create the engine for a draft and follow it while mounted. */
export function useEditorState(record: DraftRecord, options: BrowserEngineOptions): EditorEngine {
  const [engine] = useState(() => createBrowserEditor(record, options));
  // Connects the form to React (field registration, error state); reads no form state itself.
  useForm({ ...engine.formOptions, formControl: engine.form.formControl });

  // Every change is journaled after its paint (draft-saver.ts); leaving the page flushes it.
  useEffect(() => {
    const stop = engine.start();
    const unregister = registerOpenDraft(engine.id, engine.currentReport);
    // Work storage refused lives only in this page: the browser asks before it is closed.
    const onLeave = (event: BeforeUnloadEvent) => {
      engine.flush();
      if (engine.saveState.get().kind === 'failed') event.preventDefault();
    };
    // The checks and the journal write follow a change after its paint: a page hidden, reloaded
    // or closed in that moment writes the journal at once (synchronously, see draft-saver.ts).
    const onHide = () => {
      engine.flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') engine.flush();
    };
    // A new version of the page waits while a change is not on disk (update-guard.ts).
    let release: (() => void) | undefined;
    const followBusy = () => {
      const busy = !engine.durable.get() || engine.saveState.get().kind === 'failed';
      if (busy && !release) release = guardUpdate();
      else if (!busy && release) {
        release();
        release = undefined;
      }
    };
    const stopDurable = engine.durable.subscribe(followBusy);
    const stopSaveState = engine.saveState.subscribe(followBusy);
    window.addEventListener('beforeunload', onLeave);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', onLeave);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      stop();
      unregister();
      stopDurable();
      stopSaveState();
      release?.();
    };
  }, [engine]);

  return engine;
}
