/**
 * A scan's line in the desk's list: waiting for the pack (and what to load), being read (page n
 * of m), read by OCR with so many cells awaiting confirmation, or why it could not be read.
 */
import type { BatchEntry } from '../../workspace/review/batch-entry';
import { scanFile, unconfirmedCells } from '../../workspace/review/desk-scans';
import { useStore } from '../use-store';
import './ocr-gate.css';
import { deskOcrState } from './desk-scan-state';

/** The scan's OCR state in words, for its row (null for a file that is no scan). */
export function DeskScanRow({ entry }: { entry: BatchEntry }) {
  const state = useStore(deskOcrState);
  if (!entry.scan) return null;
  const left = unconfirmedCells(entry);
  if (entry.report && left !== undefined) {
    return (
      <p className="row-scan" data-scan="read">
        {left > 0 ? `扫描件，已 OCR 识别：${left} 个单元格待确认` : '扫描件，已 OCR 识别并逐格确认'}
      </p>
    );
  }
  const failed = state.failed.get(entry.id);
  const running = state.running?.id === entry.id ? state.running : undefined;
  const text = failed
    ? `扫描件，OCR 未能识别：${failed}`
    : running
      ? running.total === 0
        ? '扫描件，正在载入识别模型…'
        : `扫描件，正在 OCR 识别：第 ${Math.min(running.done + 1, running.total)} / ${running.total} 页`
      : !scanFile(entry.id)
        ? '扫描件，尚未识别：请把此文件再拖入一次，以便 OCR 识别'
        : state.pack === 'missing'
          ? '扫描件，需 OCR 识别：请加载 OCR 识别包（见列表上方“加载 OCR 识别包”）'
          : state.stopped
            ? '扫描件，识别已取消（列表上方“继续识别”）'
            : '扫描件，等待 OCR 识别';
  return (
    <p className="row-scan" data-scan={failed ? 'failed' : running ? 'running' : 'waiting'}>
      {text}
    </p>
  );
}
