/**
 * The desk's OCR run, above the list while the batch has scans to read and the page has the
 * pack: the scan being read with its pages and 取消, 继续识别 after a cancel. One of the pack's
 * screens (in the single file it comes with the pack); whether there is a pack is desk-ocr.tsx's.
 * Each scan's own row says where it stands (desk-scan-row.tsx). Live regions, not role="status":
 * the desk's one status line is the batch's (已读入 …).
 */
import type { BatchEntry } from '../../workspace/review/batch-entry';
import type { DeskOcrRunProps } from './ocr-screens';
import { useDeskOcr } from './use-desk-ocr';

export function DeskOcrRun({ entries, onRead, status }: DeskOcrRunProps) {
  const { state, waiting, cancel, resume } = useDeskOcr(entries, onRead, status);
  const running = state.running;
  const file = running ? entries.find((e: BatchEntry) => e.id === running.id)?.file : undefined;
  if (waiting === 0 && !running) return null;
  return (
    <>
      {running && (
        <p aria-live="polite" className="ocr-progress">
          正在 OCR 识别扫描件“{file}”：
          {running.total === 0
            ? '正在载入识别模型并渲染页面…'
            : `已完成 ${running.done} / ${running.total} 页`}
          {waiting > 1 && `（其后还有 ${waiting - 1} 个扫描件）`}{' '}
          <progress max={Math.max(1, running.total)} value={running.done} aria-label="识别进度" />{' '}
          <button type="button" onClick={cancel}>
            取消
          </button>
        </p>
      )}
      {!running && state.stopped && (
        <p aria-live="polite">
          已取消 OCR 识别，{waiting} 个扫描件尚未识别。{' '}
          <button type="button" onClick={resume}>
            继续识别
          </button>
        </p>
      )}
      <p className="hint">
        识别在本机进行，一次识别一个扫描件，每页通常需要十几秒到一分钟；识别期间可以继续审核其他报告。OCR
        识别的单元格在逐格确认前都不算“按原文读取”，涉及它们的问题列为读取存疑。
      </p>
    </>
  );
}
