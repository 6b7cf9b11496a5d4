import { describe, expect, it } from 'vitest';
import { droppedFiles, handleFiles, IN_FLIGHT } from './picked-files';

/**
 * Browser stand-ins that answer each request in a later task and record how many were pending
 * at once: a batch's answers arrive in one task of the page's thread, each File made there.
 */
function counter() {
  let pending = 0;
  let most = 0;
  const answer = (name: string) => {
    pending++;
    most = Math.max(most, pending);
    return new Promise<File>((done) =>
      setTimeout(() => {
        pending--;
        done(new File([name], name));
      }),
    );
  };
  return { answer, most: () => most };
}

const names = (count: number, prefix = 'r') =>
  Array.from({ length: count }, (_, i) => `${prefix}${String(i)}.json`);

describe('picked files', () => {
  it('a dropped folder of 1,000 files asks for at most IN_FLIGHT (25) at a time, subfolders walked', async () => {
    expect(IN_FLIGHT).toBe(25);
    const { answer, most } = counter();
    const file = (name: string) => ({
      isFile: true,
      isDirectory: false,
      file: (done: (f: File) => void) => {
        void answer(name).then(done);
      },
    });
    // Chromium's readEntries: 100 entries, then all the rest at once, then none.
    const folder = (entries: unknown[]) => ({
      isFile: false,
      isDirectory: true,
      createReader: () => {
        const batches = [entries.slice(0, 100), entries.slice(100), []];
        return {
          readEntries: (done: (e: unknown[]) => void) => {
            done(batches.shift() ?? []);
          },
        };
      },
    });
    const sub = folder(names(5, 's').map(file));
    const root = folder([...names(1000).map(file), sub]);
    const data = { items: [{ webkitGetAsEntry: () => root }], files: [] };
    const files = await droppedFiles(data as unknown as DataTransfer);
    expect(files.map((f) => f.name)).toEqual([...names(1000), ...names(5, 's')]);
    expect(most()).toBe(IN_FLIGHT);
  });

  it("a picker's handles give their files in order, IN_FLIGHT (25) asked for at a time", async () => {
    const { answer, most } = counter();
    const handles = names(250).map((name) => ({ getFile: () => answer(name) }));
    const files = await handleFiles(handles as unknown as FileSystemFileHandle[]);
    expect(files.map((f) => f.name)).toEqual(names(250));
    expect(most()).toBe(IN_FLIGHT);
  });
});
