/**
 * The desk's OCR bar, above the list while the batch has scans to read: whether the page has the
 * OCR pack, and if not, what to load (加载 OCR 识别包); then the pack's own run screen
 * (desk-ocr-run.tsx) reads the scans. In the single file this is all of the desk's OCR it carries.
 */
import { useEffect, useState } from 'react';
import './ocr-gate.css';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import { waitingScans } from '../../workspace/review/desk-scans';
import { useStore } from '../use-store';
import { deskOcrState } from './desk-scan-state';
import { loadOcrScreens } from './load-screens';
import { packStatus, storePackFile, type PackStatus } from './ocr-pack';
import type { OcrScreens } from './ocr-screens';
import { PackMissing } from './pack-file-button';
import { PACK_FILE_PREFIX } from './pack-name';

type Ready = { status: Exclude<PackStatus, 'none'>; screens: OcrScreens };

const setPack = (pack: 'checking' | 'missing' | 'ready') => {
  deskOcrState.set({ ...deskOcrState.get(), pack });
};

/** The pack's check and loading; its screens once there is a pack. */
function useDeskPack() {
  const [ready, setReady] = useState<Ready | undefined>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const open = async (status: Exclude<PackStatus, 'none'>) => {
    try {
      setReady({ status, screens: await loadOcrScreens() });
      setPack('ready');
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
      setPack('missing');
    }
  };
  useEffect(() => {
    void packStatus().then((status) => {
      if (status === 'none') setPack('missing');
      else void open(status);
    });
  }, []);
  const loadPack = async (file: File) => {
    setPack('checking');
    const stored = await storePackFile(file);
    if (stored.ok) await open(stored.status);
    else {
      setMessage(stored.message);
      setPack('missing');
    }
  };
  return { ready, message, loadPack };
}

export function DeskOcr({
  entries,
  onRead,
}: {
  entries: readonly BatchEntry[];
  onRead: (entry: BatchEntry) => void;
}) {
  const { pack, running } = useStore(deskOcrState);
  const { ready, message, loadPack } = useDeskPack();
  const waiting = waitingScans(entries).length;
  // Nothing to read, nothing being read: no bar.
  if (waiting === 0 && !running) return null;
  return (
    <section className="panel desk-ocr" aria-label="扫描件 OCR 识别">
      {pack === 'checking' && <p aria-live="polite">正在检查 OCR 识别包…</p>}
      {pack === 'missing' && (
        <PackMissing message={message} onPack={(file) => void loadPack(file)}>
          本批有 {waiting} 个扫描件（没有文字层），需要 OCR 识别包才能读取。请加载识别包文件（
          {PACK_FILE_PREFIX}-….zip，约 30
          MB，随本工具发布），加载一次后保存在本浏览器中。识别全程在本机进行，文件不会上传。
        </PackMissing>
      )}
      {ready && (
        <ready.screens.DeskOcrRun entries={entries} onRead={onRead} status={ready.status} />
      )}
    </section>
  );
}
