import { useState, type DragEvent } from 'react';
import { ACCEPT } from '../../workspace/import/read-input';

/** Every file of a drop, folders walked (Chromium, Firefox and Safari give entries). */
async function droppedFiles(event: DragEvent): Promise<File[]> {
  const entries = [...event.dataTransfer.items].flatMap((item) => {
    const entry = item.webkitGetAsEntry();
    return entry ? [entry] : [];
  });
  if (entries.length === 0) return [...event.dataTransfer.files];
  const files: File[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      files.push(
        await new Promise<File>((done, fail) => {
          (entry as FileSystemFileEntry).file(done, fail);
        }),
      );
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((done, fail) => {
          reader.readEntries(done, fail);
        });
        if (batch.length === 0) break;
        for (const child of batch) await walk(child);
      }
    }
  };
  for (const entry of entries) await walk(entry);
  return files;
}

/** Drop files or folders here, or pick files or a folder. */
export function DropZone({
  onFiles,
  disabled,
}: {
  onFiles: (files: File[]) => void;
  disabled: boolean;
}) {
  const [over, setOver] = useState(false);
  return (
    <div
      className={`drop-zone${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => {
        setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) void droppedFiles(e).then(onFiles);
      }}
    >
      <p>把收到的报告文件或整个文件夹拖到这里（.json .txt .docx .html .pdf），或：</p>
      <label className="file-button">
        选择文件
        <input
          type="file"
          multiple
          accept={ACCEPT}
          disabled={disabled}
          onChange={(e) => {
            onFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </label>
      <label className="file-button">
        选择文件夹
        <input
          type="file"
          // @ts-expect-error webkitdirectory is not in React's input attributes; every current browser reads it.
          webkitdirectory=""
          disabled={disabled}
          onChange={(e) => {
            onFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </label>
    </div>
  );
}
