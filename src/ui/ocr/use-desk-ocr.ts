/**
 * The desk's OCR queue: the batch's scans read one at a time (OCR takes both cores of a small
 * machine; two at once would only halve each), in the pack's worker, so the tab stays responsive.
 * 取消 stops the scan being read and the queue; 继续识别 takes it up again.
 */
import { useEffect, useRef } from 'react';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import {
  dropScanFile,
  keepScanPages,
  onScanKept,
  scanEntry,
  scanFile,
  scanKind,
  waitingScans,
} from '../../workspace/review/desk-scans';
import { useStore } from '../use-store';
import { batchFormat } from './batch-format';
import { deskScanSay } from './desk-scan-say';
import { deskOcrState } from './desk-scan-state';
import type { PackStatus } from './ocr-pack';
import { startOcr, type OcrJob } from './start-ocr';

const patch = (change: Partial<ReturnType<typeof deskOcrState.get>>) => {
  deskOcrState.set({ ...deskOcrState.get(), ...change });
};

/** The scans of the batch still to read, in the batch's order (not those that failed). */
const waiting = (entries: readonly BatchEntry[]) =>
  waitingScans(entries).filter((e) => !deskOcrState.get().failed.has(e.id));

/** Read one scan; resolves when it is read, failed or cancelled. */
async function readOne(
  entry: BatchEntry,
  entries: readonly BatchEntry[],
  status: Exclude<PackStatus, 'none'>,
  onJob: (job: OcrJob) => void,
  onRead: (entry: BatchEntry) => void,
): Promise<void> {
  const file = scanFile(entry.id);
  if (!file) return;
  patch({ running: { id: entry.id, done: 0, total: 0 } });
  try {
    const bytes = await file.arrayBuffer();
    const format = batchFormat(entries);
    const job = startOcr(
      {
        name: file.name,
        kind: scanKind(file.name),
        bytes,
        // Pages that do not decide the format (a cropped 表三) take the batch's, in doubt.
        ...(format ? { knownFormat: format } : {}),
      },
      status,
      (done, total) => {
        patch({ running: { id: entry.id, done, total } });
      },
    );
    onJob(job);
    const outcome = await job.result;
    if (!outcome) return;
    if (!outcome.result.ok) {
      patch({ failed: new Map(deskOcrState.get().failed).set(entry.id, outcome.result.message) });
      return;
    }
    keepScanPages(entry.id, outcome.pages);
    dropScanFile(entry.id);
    onRead(scanEntry(entry, outcome.result));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    patch({ failed: new Map(deskOcrState.get().failed).set(entry.id, message) });
  } finally {
    patch({ running: undefined });
  }
}

/**
 * Run the queue over `entries` with the pack the page has (`status`); `onRead` gets each scan's
 * entry once read. Returns the state, 取消 and 继续识别.
 */
export function useDeskOcr(
  entries: readonly BatchEntry[],
  onRead: (entry: BatchEntry) => void,
  status: Exclude<PackStatus, 'none'>,
) {
  const state = useStore(deskOcrState);
  const latest = useRef({ entries, onRead, status });
  useEffect(() => {
    latest.current = { entries, onRead, status };
  });
  const job = useRef<OcrJob | undefined>(undefined);
  const busy = useRef(false);

  const next = useRef(async () => {
    if (busy.current || deskOcrState.get().stopped) return;
    const entry = waiting(latest.current.entries)[0];
    if (!entry) return;
    busy.current = true;
    await readOne(
      entry,
      latest.current.entries,
      latest.current.status,
      (started) => (job.current = started),
      (read) => {
        latest.current.onRead(read);
      },
    );
    job.current = undefined;
    busy.current = false;
    void next.current();
  });

  useEffect(() => {
    patch({ say: deskScanSay });
    const stop = onScanKept(() => void next.current());
    return () => {
      stop();
      job.current?.cancel();
    };
  }, []);
  // New scans in the batch (or a scan dropped again): the queue takes them up (after `latest`).
  useEffect(() => {
    void next.current();
  }, [entries]);

  const cancel = () => {
    patch({ stopped: true });
    job.current?.cancel();
  };
  const resume = () => {
    patch({ stopped: false, failed: new Map() });
    void next.current();
  };
  return { state, waiting: waiting(entries).length, cancel, resume };
}
