import { useState } from 'react';
import { findingsCsv } from '../../core';
import { download } from '../../workspace/platform/download';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import {
  downloadOpinionArchive,
  downloadOpinionRecords,
  type OpinionContext,
} from './opinion-downloads';
import { reviewedFiles, today } from './reviewed-files';

/**
 * Export the reports shown (the list as filtered): the findings CSV, every unit's 审核意见 as one
 * .zip, and the 审核意见 of all of them in one Word file for the county's records.
 */
export function ReviewExports({
  entries,
  filtered,
  context,
}: {
  /** The entries shown, in the list's order. */
  entries: readonly BatchEntry[];
  /** Whether the list is filtered (the buttons then say how many they export). */
  filtered: boolean;
  context: OpinionContext;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState('');
  const run = async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setFailure('');
    try {
      await work();
    } catch (error) {
      setFailure(`导出失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(null);
    }
  };
  const n = filtered ? `（${entries.length} 份）` : '';
  const none = entries.length === 0 || busy !== null;
  return (
    <span className="review-exports">
      <button
        type="button"
        disabled={entries.length === 0}
        onClick={() => {
          download(
            `审核结果-${today()}.csv`,
            findingsCsv(reviewedFiles(entries, context.reviews, context.all)),
            'text/csv;charset=utf-8',
          );
        }}
      >
        导出 CSV{n}
      </button>
      <button
        type="button"
        disabled={none}
        onClick={() => void run('zip', () => downloadOpinionArchive(entries, context))}
      >
        {busy === 'zip' ? '正在生成…' : `下载各单位审核意见（.zip）${n}`}
      </button>
      <button
        type="button"
        disabled={none}
        onClick={() => void run('records', () => downloadOpinionRecords(entries, context))}
      >
        {busy === 'records' ? '正在生成…' : `审核意见汇总（Word）${n}`}
      </button>
      {failure && (
        <span role="alert" className="form-error">
          {failure}
        </span>
      )}
    </span>
  );
}
