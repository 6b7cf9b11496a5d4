import { useState, type ReactNode } from 'react';
import { ExportConfirmDialog } from './export-confirm-dialog';
import { FontsDialog } from './fonts-dialog';
import { MoreMenu } from './more-menu';
import { useExports } from './use-exports';

/** How many of the buttons stay in view on every screen (the rest fold under 更多 when narrow). */
const ALWAYS_SHOWN = 2;

/**
 * Exports of the report: Word, HTML (file and clipboard), print preview, text, report file; `more`
 * are the header's other actions, folded with the less used exports on narrow screens.
 */
export function ExportBar({ onPreview, more }: { onPreview: () => void; more?: ReactNode }) {
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

  const button = ([label, action, name]: (typeof buttons)[number]) => (
    <button key={label} type="button" onClick={action} aria-label={name}>
      {label}
    </button>
  );

  return (
    <div className="editor-actions">
      {buttons.slice(0, ALWAYS_SHOWN).map(button)}
      <MoreMenu>
        {more}
        {buttons.slice(ALWAYS_SHOWN).map(button)}
      </MoreMenu>
      {exports.message && (
        <span className="export-message" role="status">
          {exports.message}
        </span>
      )}
      <ExportConfirmDialog
        kind={exports.pending}
        onDraft={exports.draft}
        onFinal={exports.final}
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
