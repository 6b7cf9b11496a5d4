/** What the editor's parts share: the form, the template, the totals modes and the findings. */
import { createContext, useContext } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { LastYearLink, Report, Template } from '../../core';
import type { FindingsStore } from './findings-store';
import type { FormValues, TotalsModes } from './form-model';

export interface EditorContextValue {
  readonly form: UseFormReturn<FormValues>;
  readonly template: Template;
  readonly modes: TotalsModes;
  readonly setModes: (modes: TotalsModes) => void;
  readonly findings: FindingsStore;
  /** Last year's report, when the user linked one (CARRY_OVER, T2_STOCK, TEXT_REUSE). */
  readonly lastYear: LastYearLink | undefined;
  readonly setLastYear: (link: LastYearLink | undefined) => void;
  /** The report as the form shows it now. */
  readonly currentReport: () => Report;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside the editor');
  return value;
}
