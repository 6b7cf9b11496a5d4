/**
 * A scan's line in the desk's list: read by OCR with so many cells awaiting confirmation, waiting
 * for the pack (and what to load), or to be dropped again after a reload. While the pack's queue
 * runs, the queue says the rest (being read, page n of m, failed and why: desk-scan-say.ts), so
 * the page carries no words of a run it cannot make without the pack.
 */
import { FORMAT_DOUBT } from '../../core/import';
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
  const [scan, text] =
    entry.report && left !== undefined
      ? ([
          'read',
          (left > 0
            ? `扫描件，已 OCR 识别：${left} 个单元格待确认`
            : '扫描件，已 OCR 识别并逐格确认') +
            // The pages did not decide the format: its note says whence it was taken.
            (entry.notes.some((n) => n.startsWith(FORMAT_DOUBT)) ? '（格式存疑）' : ''),
        ] as const)
      : (state.say?.(entry.id) ??
        ([
          'waiting',
          !scanFile(entry.id)
            ? '扫描件，尚未识别：请把此文件再拖入一次，以便 OCR 识别'
            : state.pack === 'missing'
              ? '扫描件，需 OCR 识别：请加载 OCR 识别包（见列表上方“加载 OCR 识别包”）'
              : '扫描件，等待 OCR 识别',
        ] as const));
  return (
    <p className="row-scan" data-scan={scan}>
      {text}
    </p>
  );
}
