import { useState } from 'react';
import { ExportConfirmDialog } from './export-confirm-dialog';
import { FontsDialog } from './fonts-dialog';
import { useExports } from './use-exports';

/** Exports of the report: Word, HTML (file and clipboard), print preview, text, report file. */
export function ExportBar({ onPreview }: { onPreview: () => void }) {
  const exports = useExports(onPreview);
  const [fontsOpen, setFontsOpen] = useState(false);
  const openFonts = () => {
    setFontsOpen(true);
  };
  const buttons: readonly (readonly [string, () => void, string?])[] = [
    ['导出 Word', exports.docx],
    ['打印', exports.print],
    ['导出 HTML', exports.html],
    ['复制 HTML', exports.copy],
    ['导出文本', exports.text],
    ['下载报告文件', exports.reportFile],
    ['字体', openFonts, 'Word 字体设置'],
  ];

  return (
    <div className="editor-actions">
      {buttons.map(([label, action, name]) => (
        <button key={label} type="button" onClick={action} aria-label={name}>
          {label}
        </button>
      ))}
      {exports.message && (
        <span className="export-message" role="status">
          {exports.message}
        </span>
      )}
      <ExportConfirmDialog
        errors={exports.pending?.errors ?? null}
        print={exports.pending?.kind === 'print'}
        onConfirm={exports.confirm}
        onClose={exports.cancel}
      />
      <FontsDialog
        open={fontsOpen}
        onClose={() => {
          setFontsOpen(false);
        }}
      />
    </div>
  );
}
