import type { ClipboardEvent } from 'react';
import { ACCEPT } from '../../workspace/import/read-input';

/** What is in the paste box: its text, and a web page's HTML when the paste had tables. */
export interface Pasted {
  readonly text: string;
  readonly html: string | undefined;
}

/** The ways in: 选择文件, or paste the report's full text and 识别粘贴的内容. */
export function ImportInputs({
  pasted,
  onPasted,
  onFile,
  onReadPasted,
}: {
  pasted: Pasted;
  onPasted: (pasted: Pasted) => void;
  onFile: (file: File) => void;
  onReadPasted: () => void;
}) {
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    const text = event.clipboardData.getData('text/plain');
    if (html && /<table/i.test(html)) {
      // Keep the web page's tables: the text area shows the plain text, the import reads the HTML.
      event.preventDefault();
      onPasted({ text, html });
    }
  };

  return (
    <div className="import-inputs">
      <label className="file-button">
        选择文件
        <input
          type="file"
          accept={ACCEPT}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onFile(file);
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
          onPasted({ text: event.target.value, html: undefined });
        }}
      />
      <button type="button" disabled={pasted.text.trim() === ''} onClick={onReadPasted}>
        识别粘贴的内容
      </button>
    </div>
  );
}
