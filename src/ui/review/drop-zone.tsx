import { useRef, useState, type DragEvent } from 'react';
import { ACCEPT } from '../../workspace/import/read-input';

const fileOf = (entry: FileSystemFileEntry) =>
  new Promise<File>((done, fail) => {
    entry.file(done, fail);
  });

/**
 * Every file of a drop, folders walked (Chromium, Firefox and Safari give entries). The browser
 * makes each File when asked, one callback each: a folder of 1,000 files comes in many short
 * tasks, not the one long task a file input's list of 1,000 takes. A folder's entries come in
 * batches (about 100 in Chromium), whose files are asked for together.
 */
async function droppedFiles(event: DragEvent): Promise<File[]> {
  const entries = [...event.dataTransfer.items].flatMap((item) => {
    const entry = item.webkitGetAsEntry();
    return entry ? [entry] : [];
  });
  if (entries.length === 0) return [...event.dataTransfer.files];
  const files: File[] = [];
  const walk = async (batch: readonly FileSystemEntry[]): Promise<void> => {
    files.push(
      ...(await Promise.all(
        batch.filter((e) => e.isFile).map((e) => fileOf(e as FileSystemFileEntry)),
      )),
    );
    for (const entry of batch) {
      if (!entry.isDirectory) continue;
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const next = await new Promise<FileSystemEntry[]>((done, fail) => {
          reader.readEntries(done, fail);
        });
        if (next.length === 0) break;
        await walk(next);
      }
    }
  };
  await walk(entries);
  return files;
}

/** Every file under a folder handle (File System Access API), each asked for on its own. */
export async function folderFiles(folder: FileSystemDirectoryHandle): Promise<File[]> {
  const files: Promise<File>[] = [];
  const subfolders: FileSystemDirectoryHandle[] = [];
  for await (const handle of folder.values()) {
    if (handle.kind === 'file') files.push(handle.getFile());
    else subfolders.push(handle);
  }
  const own = await Promise.all(files);
  for (const sub of subfolders) own.push(...(await folderFiles(sub)));
  return own;
}

type FolderPicker = (options?: {
  id?: string;
  mode?: 'read';
}) => Promise<FileSystemDirectoryHandle>;

/**
 * 选择文件夹 through the browser's folder picker where there is one (Chromium, also from file://):
 * its files come handle by handle, where the folder input (the fallback) makes the File list of
 * the whole folder in one task of the page's thread (~150–850 ms for 1,000 files). Undefined
 * when there is no picker or it is refused; [] when the clerk closes it.
 */
async function pickFolder(): Promise<File[] | undefined> {
  const picker = (window as { showDirectoryPicker?: FolderPicker }).showDirectoryPicker;
  if (!picker) return undefined;
  try {
    return await folderFiles(await picker({ id: 'review-inbox', mode: 'read' }));
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError' ? [] : undefined;
  }
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
  const inputFallback = useRef(false);
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
      <label
        className="file-button"
        onClick={(e) => {
          if (disabled || !('showDirectoryPicker' in window) || inputFallback.current) {
            inputFallback.current = false;
            return;
          }
          e.preventDefault();
          const input = e.currentTarget.querySelector('input');
          void pickFolder().then((files) => {
            if (files === undefined && input) {
              // The click comes back through this label: let it open the input this time.
              inputFallback.current = true;
              input.click();
            } else if (files?.length) onFiles(files);
          });
        }}
      >
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
