import { useRef, useState } from 'react';
import {
  BODY_FONTS,
  checkAll,
  countFindings,
  KAI_FONTS,
  renderHtml,
  renderText,
  reportTitle,
  saveReport,
  TABLE_FONTS,
  type DocxOptions,
  type Report,
} from '../../core';
import { download, safeFileName } from '../download';
import { loadDocxOptions, saveDocxOptions } from './export-settings';

/** The Word font settings: which option, its label, its choices. */
const FONT_CHOICES: readonly [keyof DocxOptions, string, readonly string[]][] = [
  ['bodyFont', '正文字体', BODY_FONTS],
  ['kaiFont', '（一）级标题字体', KAI_FONTS],
  ['tableFont', '表格字体', TABLE_FONTS],
];

type Pending = { kind: 'docx' | 'html'; errors: number } | null;

/** Exports of the report: Word, HTML (file and clipboard), print preview, text, report file. */
export function ExportBar({
  currentReport,
  onPreview,
}: {
  currentReport: () => Report;
  onPreview: () => void;
}) {
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState('');
  const [fonts, setFonts] = useState(loadDocxOptions);
  const confirmDialog = useRef<HTMLDialogElement | null>(null);
  const fontsDialog = useRef<HTMLDialogElement | null>(null);

  const base = (report: Report, draft: boolean) =>
    `${safeFileName(reportTitle(report))}${draft ? '（草稿）' : ''}`;

  const exportDocx = async (draft: boolean) => {
    setMessage('正在生成 Word 文件…');
    try {
      const report = currentReport();
      const { renderDocx } = await import('../../core/render-docx');
      const bytes = await renderDocx(report, fonts);
      download(
        `${base(report, draft)}.docx`,
        bytes as Uint8Array<ArrayBuffer>,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      setMessage('');
    } catch (error) {
      setMessage(`生成 Word 文件失败：${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const exportHtml = (draft: boolean) => {
    const report = currentReport();
    download(
      `${base(report, draft)}.html`,
      renderHtml(report, { document: true }),
      'text/html;charset=utf-8',
    );
  };

  /** Errors ask for confirmation first; warnings do not block. */
  const start = (kind: 'docx' | 'html') => {
    const { errors } = countFindings(checkAll(currentReport()));
    if (errors > 0) {
      setPending({ kind, errors });
      confirmDialog.current?.showModal();
      return;
    }
    if (kind === 'docx') void exportDocx(false);
    else exportHtml(false);
  };

  const copyHtml = async () => {
    const report = currentReport();
    const html = renderHtml(report);
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([renderText(report)], { type: 'text/plain' }),
        }),
      ]);
      setMessage('已复制到剪贴板，可粘贴到网站编辑器中。');
    } catch {
      setMessage('浏览器不允许写入剪贴板，请改用“导出 HTML”。');
    }
  };

  const setFont = (key: keyof DocxOptions, value: string) => {
    const next = { ...fonts, [key]: value };
    setFonts(next);
    saveDocxOptions(next);
  };

  return (
    <div className="editor-actions">
      <button
        type="button"
        onClick={() => {
          start('docx');
        }}
      >
        导出 Word
      </button>
      <button type="button" onClick={onPreview}>
        打印
      </button>
      <button
        type="button"
        onClick={() => {
          start('html');
        }}
      >
        导出 HTML
      </button>
      <button type="button" onClick={() => void copyHtml()}>
        复制 HTML
      </button>
      <button
        type="button"
        onClick={() => {
          const report = currentReport();
          download(`${base(report, false)}.txt`, renderText(report), 'text/plain;charset=utf-8');
        }}
      >
        导出文本
      </button>
      <button
        type="button"
        onClick={() => {
          const report = currentReport();
          download(`${base(report, false)}.json`, saveReport(report), 'application/json');
        }}
      >
        下载报告文件
      </button>
      <button
        type="button"
        onClick={() => fontsDialog.current?.showModal()}
        aria-label="Word 字体设置"
      >
        字体
      </button>
      {message && (
        <span className="export-message" role="status">
          {message}
        </span>
      )}

      <dialog
        ref={confirmDialog}
        aria-labelledby="export-confirm-title"
        onClose={() => {
          setPending(null);
        }}
      >
        <h2 id="export-confirm-title">报告还有错误</h2>
        <p>
          报告中还有 {pending?.errors}{' '}
          个错误（见右侧检查结果）。仍要导出吗？导出的文件名将标注“（草稿）”。
        </p>
        <div className="dialog-actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              const kind = pending?.kind;
              confirmDialog.current?.close();
              if (kind === 'docx') void exportDocx(true);
              else if (kind === 'html') exportHtml(true);
            }}
          >
            仍然导出（草稿）
          </button>
          <button type="button" onClick={() => confirmDialog.current?.close()}>
            取消
          </button>
        </div>
      </dialog>

      <dialog ref={fontsDialog} aria-labelledby="fonts-title">
        <h2 id="fonts-title">Word 字体设置</h2>
        <p className="hint">没有安装 GB2312 字体的电脑，可改用“仿宋”“楷体”。</p>
        <div className="meta-grid">
          {FONT_CHOICES.map(([key, label, choices]) => (
            <label key={key}>
              {label}
              <select
                value={fonts[key]}
                onChange={(e) => {
                  setFont(key, e.target.value);
                }}
              >
                {choices.map((f) => (
                  <option key={f}>{f}</option>
                ))}
              </select>
            </label>
          ))}
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={() => fontsDialog.current?.close()}>
            完成
          </button>
        </div>
      </dialog>
    </div>
  );
}
