/**
 * The files the clerk gives the review desk — dropped, or picked through the browser's pickers —
 * asked for from the browser a batch at a time, so that no task of the page's thread makes
 * more than a few dozen of them at once. (A Chromium trace of a dropped folder of 1,000 files: the answers to
 * 900 `file()` requests arrived in one task of 100–160 ms, each File's blob registered
 * synchronously there, ~0.15 ms each at load 11. A file input's list of 1,000 is the same work
 * in one task the page cannot split: 287–362 ms.)
 */
import { IMPORT_ACCEPT } from '../../core';

/**
 * Files asked for at once: each batch's answers come back in one task of the page's thread. A
 * trace of a dropped folder of 1,000: 100 answers took 9–16 ms of the thread's CPU, which the
 * machine's other work stretched to 50–118 ms of wall time (load 12); 25 at a time kept every
 * task under 50 ms (≤ 7 ms CPU), the walk as quick (scripts/bench/desk-timings.ts).
 */
export const IN_FLIGHT = 25;

/** `make` for every item, at most IN_FLIGHT pending at a time; results in order. */
async function inBatches<T>(items: readonly T[], make: (item: T) => Promise<File>) {
  const files: File[] = [];
  for (let at = 0; at < items.length; at += IN_FLIGHT)
    files.push(...(await Promise.all(items.slice(at, at + IN_FLIGHT).map(make))));
  return files;
}

const fileOf = (entry: FileSystemFileEntry) =>
  new Promise<File>((done, fail) => {
    entry.file(done, fail);
  });

const entriesOf = (reader: FileSystemDirectoryReader) =>
  new Promise<FileSystemEntry[]>((done, fail) => {
    reader.readEntries(done, fail);
  });

/**
 * Every file of a drop, folders walked (Chromium, Firefox and Safari give entries). A folder's
 * entries come in batches (about 100 in Chromium; all the rest at once when the page was busy
 * meanwhile), their files asked for IN_FLIGHT at a time.
 */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items].flatMap((item) => {
    const entry = item.webkitGetAsEntry();
    return entry ? [entry] : [];
  });
  if (entries.length === 0) return [...data.files];
  const files: File[] = [];
  const walk = async (batch: readonly FileSystemEntry[]): Promise<void> => {
    const own = batch.filter((e): e is FileSystemFileEntry => e.isFile);
    files.push(...(await inBatches(own, fileOf)));
    for (const entry of batch) {
      if (!entry.isDirectory) continue;
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (let next = await entriesOf(reader); next.length > 0; next = await entriesOf(reader))
        await walk(next);
    }
  };
  await walk(entries);
  return files;
}

/** Every file under a folder handle (File System Access API), subfolders after its own files. */
export async function folderFiles(folder: FileSystemDirectoryHandle): Promise<File[]> {
  const handles: FileSystemFileHandle[] = [];
  const subfolders: FileSystemDirectoryHandle[] = [];
  for await (const handle of folder.values()) {
    if (handle.kind === 'file') handles.push(handle);
    else subfolders.push(handle);
  }
  const own = await handleFiles(handles);
  for (const sub of subfolders) own.push(...(await folderFiles(sub)));
  return own;
}

/** The files of picked file handles, in the order picked. */
export function handleFiles(handles: readonly FileSystemFileHandle[]): Promise<File[]> {
  return inBatches(handles, (handle) => handle.getFile());
}

interface Pickers {
  showDirectoryPicker?: (options: object) => Promise<FileSystemDirectoryHandle>;
  showOpenFilePicker?: (options: object) => Promise<FileSystemFileHandle[]>;
}

/** Whether the browser has its own picker of this kind (Chromium, also from file://). */
export const hasPicker = (kind: keyof Pickers) => kind in window;

/**
 * The files of a browser picker: [] when the clerk closes it; undefined when there is no picker
 * or it refuses (e.g. a test harness that intercepts file choosers refuses it with an
 * AbortError), for the file input to serve instead.
 */
async function fromPicker(pick: () => Promise<File[]> | undefined): Promise<File[] | undefined> {
  try {
    return await pick();
  } catch (error) {
    const closed = error instanceof DOMException && error.name === 'AbortError';
    return closed && !/intercept/i.test(error.message) ? [] : undefined;
  }
}

const pickers = () => window as Pickers;

/** 选择文件夹 through the folder picker: its files come handle by handle, a batch at a time. */
export function pickFolder(): Promise<File[] | undefined> {
  const picker = pickers().showDirectoryPicker;
  return fromPicker(() =>
    picker?.call(window, { id: 'review-inbox', mode: 'read' }).then(folderFiles),
  );
}

/** 选择文件 through the file picker: the handles' files made a batch at a time. */
export function pickFiles(): Promise<File[] | undefined> {
  const picker = pickers().showOpenFilePicker;
  const types = [
    { description: '报告文件', accept: { 'application/octet-stream': IMPORT_ACCEPT.split(',') } },
  ];
  return fromPicker(() =>
    picker?.call(window, { id: 'review-inbox', multiple: true, types }).then(handleFiles),
  );
}
