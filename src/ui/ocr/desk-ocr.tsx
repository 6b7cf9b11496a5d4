/**
 * The desk's OCR bar, above the list while the batch has scans to read: what to load when the
 * page has no pack (加载 OCR 识别包), the scan being read with its pages and 取消, 继续识别 after
 * a cancel. Each scan's own row says where it stands (desk-scan-row.tsx).
 */
import { useState } from 'react';
import './ocr-gate.css';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import { PACK_FILE_PREFIX } from './pack-name';
import { useDeskOcr } from './use-desk-ocr';

export function DeskOcr({
  entries,
  onRead,
}: {
  entries: readonly BatchEntry[];
  onRead: (entry: BatchEntry) => void;
}) {
  const { state, waiting, loadPack, cancel, resume } = useDeskOcr(entries, onRead);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const running = state.running;
  const file = running ? entries.find((e) => e.id === running.id)?.file : undefined;
  if (waiting === 0 && !running && !message) return null;
  return (
    <section className="panel desk-ocr" aria-label="扫描件 OCR 识别">
      {state.pack === 'checking' && <p role="status">正在检查 OCR 识别包…</p>}
      {state.pack === 'missing' && (
        <div role="alert" className="ocr-missing">
          <p>
            本批有 {waiting} 个扫描件（没有文字层），需要 OCR 识别包才能读取。请加载识别包文件（
            {PACK_FILE_PREFIX}-….zip，约 30
            MB，随本工具发布），加载一次后保存在本浏览器中。识别全程在本机进行，文件不会上传。
          </p>
          {message && <p className="form-error">{message}</p>}
          <label className="file-button">
            加载 OCR 识别包
            <input
              type="file"
              accept=".zip"
              onChange={(event) => {
                const pack = event.target.files?.[0];
                event.target.value = '';
                if (pack) void loadPack(pack).then(setMessage);
              }}
            />
          </label>
        </div>
      )}
      {running && (
        <p role="status" className="ocr-progress">
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
      {!running && state.pack === 'ready' && state.stopped && waiting > 0 && (
        <p role="status">
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
    </section>
  );
}
