/**
 * The export bar's actions and state: a final export waits for a report without errors (强制性)
 * and without open warnings (核实性: fixed or explained); otherwise a dialog lists them, and the
 * report can still go out as a draft, its file named （草稿）.
 */
import { useState } from 'react';
import { checkAll, withProfileRecord, type Finding, type Report } from '../../../core';
import { currentProfile, profileCheckOptions } from '../../../workspace/profile/profile-store';
import {
  copyHtml,
  exportDocx,
  exportHtml,
  exportReportFile,
  exportText,
  type ExportKind,
} from './export-actions';
import { useEditor } from '../state/use-editor-state';

/** What stands between a report and its final export: errors, then open warnings. */
export function exportBlockers(report: Report): { errors: Finding[]; warnings: Finding[] } {
  const list = checkAll(report, undefined, { stage: 'export', ...profileCheckOptions() });
  return {
    errors: list.filter((f) => f.severity === 'error'),
    warnings: list.filter((f) => f.severity === 'warning' && !f.explained),
  };
}

/** What waits in the dialog: an export, or 打印 (the print preview opens once confirmed). */
export type ConfirmKind = ExportKind | 'print';

export function useExports(onPreview: () => void) {
  const editor = useEditor();
  // What goes out records the local requirements it was checked against (name, 文号, fingerprint).
  const currentReport = () => withProfileRecord(editor.currentReport(), currentProfile());
  const [pending, setPending] = useState<ConfirmKind | null>(null);
  const [message, setMessage] = useState('');

  const run = (kind: ConfirmKind, draft: boolean) => {
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

  const blocked = () => {
    const { errors, warnings } = exportBlockers(currentReport());
    return errors.length > 0 || warnings.length > 0;
  };

  /** Checked as for publication (stage 'export'): anything open asks first. */
  const start = (kind: ConfirmKind) => {
    if (blocked()) setPending(kind);
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
    /** 打印 asks like the exports do; the print preview follows. */
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
    /** Export (or print) what there is as a draft: the file name says （草稿）. */
    draft: () => {
      setPending(null);
      if (pending) run(pending, true);
    },
    /** Everything was fixed or explained from the dialog: the final export. */
    final: () => {
      if (!pending || blocked()) return;
      setPending(null);
      run(pending, false);
    },
    cancel: () => {
      setPending(null);
    },
  };
}
