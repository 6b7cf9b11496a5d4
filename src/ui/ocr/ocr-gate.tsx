/**
 * A scan came: whether the page has the OCR pack, and if not, what to load — then the pack's own
 * screens (load-screens.ts) read it. In the single file this is all of OCR the one file carries;
 * the screens come with the pack.
 */
import { useEffect, useRef, useState } from 'react';
import './ocr-gate.css';
import type { ImportResult } from '../../core/import';
import { loadOcrScreens } from './load-screens';
import { PACK_FILE_PREFIX, packStatus, storePackFile, type PackStatus } from './ocr-pack';
import type { OcrScreens } from './ocr-screens';
import { PackMissing } from './pack-file-button';

type Recognised = Extract<ImportResult, { ok: true }>;

type GateState =
  | { step: 'checking' }
  | { step: 'missing'; message?: string }
  | { step: 'ready'; status: Exclude<PackStatus, 'none'>; screens: OcrScreens };

/** The pack's check, its loading from a file, and its screens once there is a pack. */
function usePackGate() {
  const [state, setState] = useState<GateState>({ step: 'checking' });
  const live = useRef(true);
  const open = async (status: Exclude<PackStatus, 'none'>) => {
    try {
      const screens = await loadOcrScreens();
      if (live.current) setState({ step: 'ready', status, screens });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (live.current) setState({ step: 'missing', message });
    }
  };
  useEffect(() => {
    live.current = true;
    void packStatus().then((status) => {
      if (status !== 'none') void open(status);
      else if (live.current) setState({ step: 'missing' });
    });
    return () => {
      live.current = false;
    };
  }, []);
  const loadPack = async (pack: File) => {
    setState({ step: 'checking' });
    const stored = await storePackFile(pack);
    if (stored.ok) await open(stored.status);
    else if (live.current) setState({ step: 'missing', message: stored.message });
  };
  return { state, loadPack };
}

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
          未找到 OCR 识别包。请加载识别包文件（{PACK_FILE_PREFIX}-….zip，约 30
          MB，随本工具发布），加载一次后保存在本浏览器中，以后无需再加载。识别全程在本机进行，文件不会上传。
        </PackMissing>
      )}
      {state.step === 'ready' && (
        <state.screens.OcrRun file={file} kind={kind} status={state.status} onResult={onResult} />
      )}
    </div>
  );
}
