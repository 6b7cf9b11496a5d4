/** Reading every input file of a batch command, going on past the ones that cannot be read. */
import type { ReadFile } from '../core';
import { readReport } from './read-report';

/** The files in order: each with its report and notes, or the message why it could not be read. */
export async function readBatch(files: readonly string[]): Promise<ReadFile[]> {
  const read: ReadFile[] = [];
  for (const file of files) {
    const result = await readReport(file);
    read.push(
      result.ok
        ? {
            file,
            report: result.report,
            notes: result.notes ?? [],
            ...(result.headings ? { headings: result.headings } : {}),
          }
        : { file, error: result.message },
    );
  }
  return read;
}
