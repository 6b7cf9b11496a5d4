import { useEffect, useRef, useState } from 'react';
import type { ImportResult } from '../../core/import';
import type { PackStatus } from './ocr-pack';
import { startOcr, type OcrJob } from './start-ocr';

type Recognised = Extract<ImportResult, { ok: true }>;

/** Where reading a scan stands: ready to start, the run, and how the run ended. */
export type OcrRunState =
  | { step: 'ready' }
  | {
      step: 'running';
      done: number;
      total: number;
      /** Seconds a page took so far, on average (the machine's own speed). */
      perPage?: number;
    }
  | { step: 'failed'; message: string }
  | { step: 'cancelled' };

/**
 * The OCR run's state machine: runs the worker with progress, cancels it (also when the view
 * goes), and hands a good result to `onResult`.
 */
export function useOcrRun(
  file: File,
  kind: 'pdf' | 'image',
  status: Exclude<PackStatus, 'none'>,
  onResult: (result: Recognised, pages: readonly Blob[]) => void,
) {
  const [state, setState] = useState<OcrRunState>({ step: 'ready' });
  const job = useRef<OcrJob | undefined>(undefined);
  useEffect(() => () => job.current?.cancel(), []);

  const run = async () => {
    setState({ step: 'running', done: 0, total: 0 });
    const bytes = await file.arrayBuffer();
    let started = 0;
    const current = startOcr({ name: file.name, kind, bytes }, status, (done, total) => {
      // Timed from the first page's start: loading the models is not a page's time.
      if (done === 0) started = performance.now();
      const perPage = done > 0 ? (performance.now() - started) / 1000 / done : undefined;
      setState({ step: 'running', done, total, ...(perPage ? { perPage } : {}) });
    });
    job.current = current;
    const outcome = await current.result;
    if (job.current !== current) return;
    job.current = undefined;
    if (!outcome) setState({ step: 'cancelled' });
    else if (outcome.result.ok) onResult(outcome.result, outcome.pages);
    else setState({ step: 'failed', message: outcome.result.message });
  };

  const cancel = () => job.current?.cancel();

  return { state, run, cancel };
}
