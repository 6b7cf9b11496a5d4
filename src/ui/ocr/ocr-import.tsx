/**
 * Reading a scan with the OCR pack: says what to load when the pack is missing, reads page by
 * page in the OCR worker with progress and 取消, and hands the result on for review. The tab stays
 * responsive throughout: all the work is in the worker.
 */
import { useEffect, useRef } from 'react';
import './ocr.css';
import type { ImportResult } from '../../core/import';
import { PACK_FILE_PREFIX } from './ocr-pack';
import { OcrOfflineSave } from './ocr-offline';
import { useOcrRun } from './use-ocr-run';

type Recognised = Extract<ImportResult, { ok: true }>;

export function OcrImport({
  file,
  kind,
  onResult,
}: {
  file: File;
  kind: 'pdf' | 'image';
  onResult: (result: Recognised, pages: readonly Blob[]) => void;
}) {
  const { state, run, loadPack, cancel } = useOcrRun(file, kind, onResult);
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
        <div role="alert" className="ocr-missing">
          <p>
            未找到 OCR 识别包。请加载识别包文件（{PACK_FILE_PREFIX}-….zip，约 30
            MB，随本工具发布），加载一次后保存在本浏览器中，以后无需再加载。识别全程在本机进行，文件不会上传。
          </p>
          {state.message && <p className="form-error">{state.message}</p>}
          <label className="file-button">
            加载 OCR 识别包
            <input
              type="file"
              accept=".zip"
              onChange={(event) => {
                const pack = event.target.files?.[0];
                event.target.value = '';
                if (pack) void loadPack(pack);
              }}
            />
          </label>
        </div>
      )}
      {(state.step === 'ready' || state.step === 'cancelled' || state.step === 'failed') && (
        <p>
          {state.step === 'cancelled' && <span role="status">已取消识别，草稿未作任何改动。</span>}
          {state.step === 'failed' && (
            <span className="form-error" role="alert">
              {state.message}
            </span>
          )}{' '}
          <button type="button" className="primary" onClick={() => void run(state.status)}>
            开始 OCR 识别
          </button>{' '}
          <span className="hint">
            识别在本机进行，每页通常需要十几秒到一分钟；识别期间可以继续使用本页。
          </span>
        </p>
      )}
      {'status' in state && state.status === 'hosted' && <OcrOfflineSave />}
      {state.step === 'running' && (
        <p role="status" className="ocr-progress">
          {state.total === 0
            ? '正在载入识别模型并渲染页面…'
            : `正在识别：已完成 ${state.done} / ${state.total} 页` +
              (state.perPage ? `（每页约 ${Math.round(state.perPage)} 秒）` : '')}{' '}
          <progress max={Math.max(1, state.total)} value={state.done} aria-label="识别进度" />{' '}
          <button type="button" onClick={cancel}>
            取消
          </button>
        </p>
      )}
    </div>
  );
}
