/** What the editor's parts share: the form, the template, the totals modes and the findings. */
import { createContext, useContext } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Template } from '../../core';
import type { FindingsStore } from './findings-store';
import type { FormValues, TotalsModes } from './form-model';

export interface EditorContextValue {
  readonly form: UseFormReturn<FormValues>;
  readonly template: Template;
  readonly modes: TotalsModes;
  readonly setModes: (modes: TotalsModes) => void;
  readonly findings: FindingsStore;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside the editor');
  return value;
}
