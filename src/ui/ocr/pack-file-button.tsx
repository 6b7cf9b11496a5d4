/**
 * The OCR pack asked for: what is missing (the caller's words, then what to load, said once for
 * the editor's gate and the desk's bar), why a load failed, and the file button.
 */
import type { ReactNode } from 'react';
import { PACK_FILE_PREFIX } from './pack-name';

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
      <p>
        {children}请加载识别包文件（{PACK_FILE_PREFIX}-….zip，约 30
        MB，随本工具发布），加载一次后保存在本浏览器中，以后无需再加载。识别全程在本机进行，文件不会上传。
      </p>
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
