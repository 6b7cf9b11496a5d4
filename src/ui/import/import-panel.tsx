import { lazy, Suspense, useState } from 'react';
import type { Report } from '../../core';
import { importFile, importPasted } from '../../workspace/import/read-input';
import { ImportInputs, type Pasted } from './import-inputs';
import { ImportReview } from './import-review';
import { ImportStatus } from './import-status';
import { useImportRun } from './use-import-run';

// The OCR screens load only when a scan comes: the first load stays as it was. In the single
// file they come with the OCR pack (load-screens.single.ts).
const OcrGate = lazy(() => import('../ocr/ocr-gate').then((m) => ({ default: m.OcrGate })));
const OcrConfirm = lazy(() =>
  import('../ocr/load-screens')
    .then((m) => m.loadOcrScreens())
    .then((screens) => ({ default: screens.OcrConfirm })),
);

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
  const { state, setState, read, cancel } = useImportRun();
  const [pasted, setPasted] = useState<Pasted>({ text: '', html: undefined });

  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{title}</h2>
      <p className="hint">{hint}</p>
      <ImportInputs
        pasted={pasted}
        onPasted={setPasted}
        onFile={(file) => void read(`文件“${file.name}”`, () => importFile(file), file)}
        onReadPasted={() => void read('粘贴的内容', () => importPasted(pasted.text, pasted.html))}
      />
      {state.step !== 'idle' && state.step !== 'review' && state.step !== 'scan' && (
        <ImportStatus state={state} onCancel={cancel} />
      )}
      {state.step === 'scan' && (
        <Suspense fallback={<p role="status">正在载入 OCR 识别…</p>}>
          <OcrGate
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
