/**
 * A scan came: whether the page has the OCR pack, and if not, what to load — then the pack's own
 * screens (load-screens.ts) read it. In the single file this is all of OCR the one file carries;
 * the screens come with the pack.
 */
import './ocr-gate.css';
import { useEffect, useRef } from 'react';
import type { ImportResult } from '../../core/import';
import { PackMissing } from './pack-file-button';
import { usePackGate } from './use-pack-gate';

type Recognised = Extract<ImportResult, { ok: true }>;

export function OcrGate({
  file,
  kind,
  onResult,
}: {
  file: File;
  kind: 'pdf' | 'image';
  onResult: (result: Recognised, pages: readonly Blob[]) => void;
}) {
  const { state, loadPack } = usePackGate();
  // The region opens below the file input, often below the fold: bring it into view once.
  const region = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    region.current?.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <div ref={region} className="ocr-import" role="region" aria-label="OCR 识别">
      <p>“{file.name}”是扫描件或图片（没有文字层），需要用 OCR 识别其中的文字和数字。</p>
      {state.step === 'checking' && <p role="status">正在检查 OCR 识别包…</p>}
      {state.step === 'missing' && (
        <PackMissing message={state.message} onPack={(pack) => void loadPack(pack)}>
          未找到 OCR 识别包。
        </PackMissing>
      )}
      {state.step === 'ready' && (
        <state.screens.OcrRun file={file} kind={kind} status={state.status} onResult={onResult} />
      )}
    </div>
  );
}
