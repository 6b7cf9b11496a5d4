/** The export bar's actions and state: a pending confirmation for a report with errors, a message. */
import { useState } from 'react';
import { checkAll, countFindings } from '../../core';
import {
  copyHtml,
  exportDocx,
  exportHtml,
  exportReportFile,
  exportText,
  type ExportKind,
} from './export-actions';
import { useEditor } from './state/use-editor-state';

/** 打印 asks like an export: the print preview opens after the confirmation. */
type Action = ExportKind | 'print';

export function useExports(onPreview: () => void) {
  const { currentReport } = useEditor();
  const [pending, setPending] = useState<{ kind: Action; errors: number } | null>(null);
  const [message, setMessage] = useState('');

  const run = (kind: Action, draft: boolean) => {
    if (kind === 'print') {
      onPreview();
      return;
    }
    const report = currentReport();
    if (kind === 'html') {
      exportHtml(report, draft);
      return;
    }
    setMessage('正在生成 Word 文件…');
    exportDocx(report, draft).then(
      () => {
        setMessage('');
      },
      (error: unknown) => {
        setMessage(`生成 Word 文件失败：${error instanceof Error ? error.message : String(error)}`);
      },
    );
  };

  /** Errors ask for confirmation first; warnings do not block. */
  const start = (kind: Action) => {
    const { errors } = countFindings(checkAll(currentReport()));
    if (errors > 0) setPending({ kind, errors });
    else run(kind, false);
  };

  return {
    pending,
    message,
    docx: () => {
      start('docx');
    },
    html: () => {
      start('html');
    },
    print: () => {
      start('print');
    },
    copy: () => {
      void copyHtml(currentReport()).then(setMessage);
    },
    text: () => {
      exportText(currentReport());
    },
    reportFile: () => {
      exportReportFile(currentReport());
    },
    confirm: () => {
      setPending(null);
      if (pending) run(pending.kind, true);
    },
    cancel: () => {
      setPending(null);
    },
  };
}
