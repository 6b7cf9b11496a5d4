import { useState } from 'react';
import { findingsCsv, type ReportReview } from '../../core';
import { download } from '../download';
import type { BatchEntry } from './batch-entry';
import { reviewedFiles, today } from './reviewed-files';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Export the review: the findings CSV and the 审核意见 in Word. */
export function ReviewExports({
  entries,
  reviews,
  reviewer,
}: {
  entries: readonly BatchEntry[];
  reviews: ReadonlyMap<string, ReportReview>;
  reviewer: string;
}) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const opinion = async () => {
    setBusy(true);
    setFailure('');
    try {
      const { renderOpinionDocx } = await import('../../core/review/opinion-docx');
      const bytes = await renderOpinionDocx(reviewedFiles(entries, reviews), {
        reviewer,
        date: today(),
      });
      download(`审核意见-${today()}.docx`, bytes as Uint8Array<ArrayBuffer>, DOCX);
    } catch (error) {
      setFailure(`导出失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="review-exports">
      <button
        type="button"
        disabled={entries.length === 0}
        onClick={() => {
          download(
            `审核结果-${today()}.csv`,
            findingsCsv(reviewedFiles(entries, reviews)),
            'text/csv;charset=utf-8',
          );
        }}
      >
        导出 CSV
      </button>
      <button type="button" disabled={entries.length === 0 || busy} onClick={() => void opinion()}>
        {busy ? '正在生成…' : '导出审核意见（Word）'}
      </button>
      {failure && (
        <span role="alert" className="form-error">
          {failure}
        </span>
      )}
    </span>
  );
}
