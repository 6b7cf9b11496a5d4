/**
 * PDFs are not read in a review pool worker: pdfjs, loaded inside another worker, takes over that
 * worker's messages. They go through the page's own import worker (one per file, its messages
 * tagged), like a single import does.
 */
import { checkAll } from '../../core';
import { importFile } from '../import/read-input';
import { profileCheckOptions } from '../profile/profile-store';
import { contentId } from './content-id';
import type { WorkerResult } from './review-protocol';

export function readsOnPage(file: File): boolean {
  return file.name.toLowerCase().endsWith('.pdf');
}

export async function readOnPage(file: File, task: number): Promise<WorkerResult> {
  const id = contentId(new Uint8Array(await file.arrayBuffer()));
  const base = { kind: 'file', task, id, notes: [], unplaced: [], findings: [] } as const;
  try {
    const result = await importFile(file).result;
    if (!result) return { ...base, error: '已取消读取。' };
    if (!result.ok) return { ...base, error: result.message };
    const { report, notes, unplaced } = result;
    return {
      ...base,
      report,
      notes,
      unplaced,
      findings: checkAll(report, undefined, profileCheckOptions()),
    };
  } catch (error) {
    return {
      ...base,
      error: `读取时出错（${error instanceof Error ? error.message : String(error)}）。`,
    };
  }
}
