/**
 * What a scan's row says while the pack's queue runs (use-desk-ocr.ts): read failed and why,
 * being read (page n of m), or stopped by 取消. Part of the pack's screens: the row itself
 * (desk-scan-row.tsx) carries only what it says before any pack is there.
 */
import { scanFile } from '../../workspace/review/desk-scans';
import { deskOcrState, type ScanSaid } from './desk-scan-state';

/** The row's state and words for the scan `id`, when the queue has something to say of it. */
export function deskScanSay(id: string): ScanSaid | undefined {
  const state = deskOcrState.get();
  const failed = state.failed.get(id);
  if (failed) return ['failed', `扫描件，OCR 未能识别：${failed}`];
  const running = state.running?.id === id ? state.running : undefined;
  if (running) {
    return [
      'running',
      running.total === 0
        ? '扫描件，正在载入识别模型…'
        : `扫描件，正在 OCR 识别：第 ${Math.min(running.done + 1, running.total)} / ${running.total} 页`,
    ];
  }
  if (state.stopped && scanFile(id)) return ['waiting', '扫描件，识别已取消（列表上方“继续识别”）'];
  return undefined;
}
