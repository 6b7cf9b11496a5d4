/**
 * Reading a scan with the OCR pack the page has: reads page by page in the OCR worker with
 * progress and 取消, and hands the result on for review. The tab stays responsive throughout: all
 * the work is in the worker. (Whether there is a pack, and loading one, is ocr-gate.tsx's.)
 */
import './ocr.css';
import { OcrOfflineSave } from './ocr-offline';
import type { OcrRunProps } from './ocr-screens';
import { useOcrRun } from './use-ocr-run';

export function OcrRun({ file, kind, status, onResult }: OcrRunProps) {
  const { state, run, cancel } = useOcrRun(file, kind, status, onResult);
  return (
    <>
      {state.step !== 'running' && (
        <p>
          {state.step === 'cancelled' && <span role="status">已取消识别，草稿未作任何改动。</span>}
          {state.step === 'failed' && (
            <span className="form-error" role="alert">
              {state.message}
            </span>
          )}{' '}
          <button type="button" className="primary" onClick={() => void run()}>
            开始 OCR 识别
          </button>{' '}
          <span className="hint">
            识别在本机进行，每页通常需要十几秒到一分钟；识别期间可以继续使用本页。
          </span>
        </p>
      )}
      {status === 'hosted' && <OcrOfflineSave />}
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
    </>
  );
}
