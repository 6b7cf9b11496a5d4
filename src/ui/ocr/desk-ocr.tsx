/**
 * The desk's OCR bar, above the list while the batch has scans to read: whether the page has the
 * OCR pack, and if not, what to load (加载 OCR 识别包); then the pack's own run screen
 * (desk-ocr-run.tsx) reads the scans. In the single file this is all of the desk's OCR it carries.
 */
import { useEffect } from 'react';
import './ocr-gate.css';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import { waitingScans } from '../../workspace/review/desk-scans';
import { useStore } from '../use-store';
import { deskOcrState } from './desk-scan-state';
import { PackMissing } from './pack-file-button';
import { usePackGate } from './use-pack-gate';

export function DeskOcr({
  entries,
  onRead,
}: {
  entries: readonly BatchEntry[];
  onRead: (entry: BatchEntry) => void;
}) {
  const { running } = useStore(deskOcrState);
  const { state, loadPack } = usePackGate();
  // The rows say what to load, or that a scan waits its turn: they read the pack's step here.
  const pack = state.step;
  useEffect(() => {
    deskOcrState.set({ ...deskOcrState.get(), pack });
  }, [pack]);
  const waiting = waitingScans(entries).length;
  // Nothing to read, nothing being read: no bar.
  if (waiting === 0 && !running) return null;
  return (
    <section className="panel desk-ocr" aria-label="扫描件 OCR 识别">
      {state.step === 'checking' && <p aria-live="polite">正在检查 OCR 识别包…</p>}
      {state.step === 'missing' && (
        <PackMissing message={state.message} onPack={(file) => void loadPack(file)}>
          本批有 {waiting} 个扫描件（没有文字层），需要 OCR 识别包才能读取。
        </PackMissing>
      )}
      {state.step === 'ready' && (
        <state.screens.DeskOcrRun entries={entries} onRead={onRead} status={state.status} />
      )}
    </section>
  );
}
