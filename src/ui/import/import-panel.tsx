import { lazy, Suspense, useEffect, useRef, useState, type ClipboardEvent } from 'react';
import type { Report } from '../../core';
import type { ImportResult } from '../../core/import';
import { useUpdateGuard } from '../update/use-update-guard';
import { ImportReview } from './import-review';
import { ImportStatus, type ImportStatusState } from './import-status';
import {
  ACCEPT,
  importFile,
  importPasted,
  warmImportsWhenIdle,
  type ImportJob,
} from '../../workspace/import/read-input';

// The OCR screens load only when a scan comes: the first load stays as it was.
const OcrImport = lazy(() => import('../ocr/ocr-import').then((m) => ({ default: m.OcrImport })));
const OcrConfirm = lazy(() =>
  import('../ocr/ocr-confirm').then((m) => ({ default: m.OcrConfirm })),
);

type State =
  | { step: 'idle' }
  | ImportStatusState
  | { step: 'scan'; source: string; file: File; kind: 'pdf' | 'image' }
  | {
      step: 'review';
      source: string;
      result: Extract<ImportResult, { ok: true }>;
      /** A scan's pages, shown beside the tables while its OCR'd cells are confirmed. */
      pages?: readonly Blob[];
    };

/**
 * Import a report from a file or pasted content; the user sees what was recognised and confirms
 * before anything is opened. A file that cannot be read changes nothing.
 */
export function ImportPanel({
  onImport,
  onRollForward,
  confirmLabel = '作为新草稿打开',
  title = '导入报告',
  hint = '本工具保存的报告文件（.json）、Word 文档（.docx）、网页（.html）、PDF 或文本（.txt），扫描件（PDF 或 .png/.jpg 图片，需 OCR 识别包）；也可以直接粘贴报告全文。',
}: {
  onImport: (report: Report) => void;
  /** Offer 以此为上年报告，新建下一年度报告 for a past year's report (see ImportReview). */
  onRollForward?: (report: Report) => void;
  confirmLabel?: string;
  title?: string;
  hint?: string;
}) {
  const [state, setState] = useState<State>({ step: 'idle' });
  // A file being read or under review is not stored yet: no update takes over meanwhile.
  useUpdateGuard(state.step === 'reading' || state.step === 'review');
  const [pasted, setPasted] = useState<{ text: string; html: string | undefined }>({
    text: '',
    html: undefined,
  });

  const job = useRef<ImportJob | undefined>(undefined);
  // Leaving the page ends a running import with it.
  useEffect(() => () => job.current?.cancel(), []);
  useEffect(warmImportsWhenIdle, []);

  /** Read in the import worker; a newer import or a cancel makes this one's result moot. */
  const read = async (source: string, begin: () => ImportJob, file?: File) => {
    job.current?.cancel();
    const current = begin();
    job.current = current;
    setState({ step: 'reading', source });
    const result = await current.result;
    if (job.current !== current) return;
    job.current = undefined;
    if (!result) setState({ step: 'cancelled', source });
    else if (result.ok) setState({ step: 'review', source, result });
    else if (result.scanned && file) {
      const kind = /\.pdf$/i.test(file.name) || file.type === 'application/pdf' ? 'pdf' : 'image';
      setState({ step: 'scan', source, file, kind });
    } else setState({ step: 'failed', source, message: result.message });
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    const text = event.clipboardData.getData('text/plain');
    if (html && /<table/i.test(html)) {
      // Keep the web page's tables: the text area shows the plain text, the import reads the HTML.
      event.preventDefault();
      setPasted({ text, html });
    }
  };

  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{title}</h2>
      <p className="hint">{hint}</p>
      <div className="import-inputs">
        <label className="file-button">
          选择文件
          <input
            type="file"
            accept={ACCEPT}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void read(`文件“${file.name}”`, () => importFile(file), file);
            }}
          />
        </label>
        <span className="hint">或</span>
        <textarea
          aria-label="粘贴报告全文"
          placeholder="在此粘贴报告全文（从 Word、网页或 PDF 复制）"
          rows={3}
          value={pasted.text}
          onPaste={onPaste}
          onChange={(event) => {
            setPasted({ text: event.target.value, html: undefined });
          }}
        />
        <button
          type="button"
          disabled={pasted.text.trim() === ''}
          onClick={() => void read('粘贴的内容', () => importPasted(pasted.text, pasted.html))}
        >
          识别粘贴的内容
        </button>
      </div>
      {state.step !== 'idle' && state.step !== 'review' && state.step !== 'scan' && (
        <ImportStatus state={state} onCancel={() => job.current?.cancel()} />
      )}
      {state.step === 'scan' && (
        <Suspense fallback={<p role="status">正在载入 OCR 识别…</p>}>
          <OcrImport
            key={state.source}
            file={state.file}
            kind={state.kind}
            onResult={(result, pages) => {
              setState({ step: 'review', source: state.source, result, pages });
            }}
          />
        </Suspense>
      )}
      {state.step === 'review' && (
        <ImportReview
          result={state.result}
          source={state.source}
          confirmLabel={confirmLabel}
          {...(onRollForward ? { onRollForward } : {})}
          onCancel={() => {
            setState({ step: 'idle' });
          }}
          onConfirm={(report) => {
            setState({ step: 'idle' });
            setPasted({ text: '', html: undefined });
            onImport(report);
          }}
        >
          {state.pages && (
            <Suspense fallback={null}>
              <OcrConfirm
                result={state.result}
                pages={state.pages}
                onChange={(result) => {
                  setState({ ...state, result });
                }}
              />
            </Suspense>
          )}
        </ImportReview>
      )}
    </section>
  );
}
