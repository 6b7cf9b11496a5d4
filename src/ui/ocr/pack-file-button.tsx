/** The OCR pack asked for: what is missing (the caller's words), why a load failed, and the file button. */
import type { ReactNode } from 'react';

export function PackMissing({
  children,
  message,
  onPack,
}: {
  children: ReactNode;
  message?: string | undefined;
  onPack: (pack: File) => void;
}) {
  return (
    <div role="alert" className="ocr-missing">
      <p>{children}</p>
      {message && <p className="form-error">{message}</p>}
      <label className="file-button">
        加载 OCR 识别包
        <input
          type="file"
          accept=".zip"
          onChange={(event) => {
            const pack = event.target.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) loads it again.
            event.target.value = '';
            if (pack) onPack(pack);
          }}
        />
      </label>
    </div>
  );
}
