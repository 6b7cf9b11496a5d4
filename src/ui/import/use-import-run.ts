import { useEffect, useRef, useState } from 'react';
import type { ImportResult } from '../../core/import';
import { useUpdateGuard } from '../update/use-update-guard';
import type { ImportStatusState } from './import-status';
import { warmImportsWhenIdle, type ImportJob } from '../../workspace/import/read-input';

/** Where an import stands: reading, its outcome, a scan for OCR, or a result under review. */
export type ImportRunState =
  | { step: 'idle' }
  | ImportStatusState
  | { step: 'scan'; source: string; file: File; kind: 'pdf' | 'image' }
  | {
      step: 'review';
      source: string;
      result: Extract<ImportResult, { ok: true }>;
      /** A scan's pages, shown beside the tables while its OCR'd cells are confirmed. */
      pages?: readonly Blob[];
    };

/**
 * The import's state machine: one read at a time in the import worker (a newer one or a cancel
 * makes the older moot), a scan handed on to OCR, and the result kept for review.
 */
export function useImportRun() {
  const [state, setState] = useState<ImportRunState>({ step: 'idle' });
  // A file being read or under review is not stored yet: no update takes over meanwhile.
  useUpdateGuard(state.step === 'reading' || state.step === 'review');

  const job = useRef<ImportJob | undefined>(undefined);
  // Leaving the page ends a running import with it.
  useEffect(() => () => job.current?.cancel(), []);
  useEffect(warmImportsWhenIdle, []);

  /** Read in the import worker; a newer import or a cancel makes this one's result moot. */
  const read = async (source: string, begin: () => ImportJob, file?: File) => {
    job.current?.cancel();
    const current = begin();
    job.current = current;
    setState({ step: 'reading', source });
    const result = await current.result;
    if (job.current !== current) return;
    job.current = undefined;
    if (!result) setState({ step: 'cancelled', source });
    else if (result.ok) setState({ step: 'review', source, result });
    else if (result.scanned && file) {
      const kind = /\.pdf$/i.test(file.name) || file.type === 'application/pdf' ? 'pdf' : 'image';
      setState({ step: 'scan', source, file, kind });
    } else setState({ step: 'failed', source, message: result.message });
  };

  const cancel = () => job.current?.cancel();

  return { state, setState, read, cancel };
}
