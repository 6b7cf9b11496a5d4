/** For tests of the command line: run it in this process, and write its input files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../cli/main';

/** Run `gongkai ARGV…` in this process: its exit status and what it wrote to stdout and stderr. */
export async function runCli(...argv: string[]) {
  let out = '';
  let err = '';
  const status = await main(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { status, out, err };
}

/** A fresh temporary folder, and a writer of files into it (text as it is, anything else as JSON). */
export function tempFolder(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const write = (name: string, content: unknown): string => {
    const file = join(dir, name);
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };
  return { dir, write };
}
