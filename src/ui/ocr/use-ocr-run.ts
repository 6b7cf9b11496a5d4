import { useEffect, useRef, useState } from 'react';
import type { ImportResult } from '../../core/import';
import { packStatus, storePackFile, type PackStatus } from './ocr-pack';
import { startOcr, type OcrJob } from './start-ocr';

type Recognised = Extract<ImportResult, { ok: true }>;

/** Where reading a scan stands: the pack's check, loading it, the run, and how the run ended. */
export type OcrRunState =
  | { step: 'checking' }
  | { step: 'missing'; message?: string }
  | { step: 'ready'; status: Exclude<PackStatus, 'none'> }
  | {
      step: 'running';
      status: Exclude<PackStatus, 'none'>;
      done: number;
      total: number;
      /** Seconds a page took so far, on average (the machine's own speed). */
      perPage?: number;
    }
  | { step: 'failed'; status: Exclude<PackStatus, 'none'>; message: string }
  | { step: 'cancelled'; status: Exclude<PackStatus, 'none'> };

/**
 * The OCR run's state machine: checks for the pack, stores a loaded pack, runs the worker with
 * progress, cancels it (also when the view goes), and hands a good result to `onResult`.
 */
export function useOcrRun(
  file: File,
  kind: 'pdf' | 'image',
  onResult: (result: Recognised, pages: readonly Blob[]) => void,
) {
  const [state, setState] = useState<OcrRunState>({ step: 'checking' });
  const job = useRef<OcrJob | undefined>(undefined);
  useEffect(() => () => job.current?.cancel(), []);
  useEffect(() => {
    let live = true;
    void packStatus().then((status) => {
      if (live) setState(status === 'none' ? { step: 'missing' } : { step: 'ready', status });
    });
    return () => {
      live = false;
    };
  }, []);

  const run = async (status: Exclude<PackStatus, 'none'>) => {
    setState({ step: 'running', status, done: 0, total: 0 });
    const bytes = await file.arrayBuffer();
    let started = 0;
    const current = startOcr({ name: file.name, kind, bytes }, status, (done, total) => {
      // Timed from the first page's start: loading the models is not a page's time.
      if (done === 0) started = performance.now();
      const perPage = done > 0 ? (performance.now() - started) / 1000 / done : undefined;
      setState({ step: 'running', status, done, total, ...(perPage ? { perPage } : {}) });
    });
    job.current = current;
    const outcome = await current.result;
    if (job.current !== current) return;
    job.current = undefined;
    if (!outcome) setState({ step: 'cancelled', status });
    else if (outcome.result.ok) onResult(outcome.result, outcome.pages);
    else setState({ step: 'failed', status, message: outcome.result.message });
  };

  const loadPack = async (pack: File) => {
    setState({ step: 'checking' });
    const stored = await storePackFile(pack);
    setState(
      stored.ok
        ? { step: 'ready', status: 'stored' }
        : { step: 'missing', message: stored.message },
    );
  };

  const cancel = () => job.current?.cancel();

  return { state, run, loadPack, cancel };
}
