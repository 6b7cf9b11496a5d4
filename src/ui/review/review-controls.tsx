import {
  CONCLUSION_LABELS,
  type Conclusion,
  type ReportReview,
  type ReviewStatus,
} from '../../core';

/**
 * The conclusion of a report's 审核意见 and the reviewer's other words on it. The conclusion follows
 * the items (退回修改 while one is open); the reviewer may still return a report with nothing open
 * (saying why under 其他意见), never pass one with something open.
 */
export function ReviewControls({
  review,
  open,
  conclusion,
  onChange,
}: {
  review: ReportReview;
  /** Items of the opinion still open. */
  open: number;
  conclusion: Conclusion;
  onChange: (change: (r: ReportReview) => ReportReview) => void;
}) {
  const automatic = open > 0 ? 'returned' : 'passed';
  // A 通过 chosen before an item opened reads as automatic: the items decide.
  const value: ReviewStatus = review.status === 'passed' && open > 0 ? 'pending' : review.status;
  return (
    <div className="review-controls">
      <label>
        审核结论
        <select
          value={value}
          onChange={(e) => {
            const status = e.target.value as ReviewStatus;
            onChange((r) => ({ ...r, status }));
          }}
        >
          <option value="pending">按审核结果：{CONCLUSION_LABELS[automatic]}</option>
          <option value="returned">退回修改</option>
          <option value="passed" disabled={open > 0}>
            通过{open > 0 ? `（尚有 ${open} 项未解决）` : ''}
          </option>
        </select>
        <span className={`conclusion conclusion-${conclusion}`}>
          意见书结论：{CONCLUSION_LABELS[conclusion]}
          {open > 0 ? `，${open} 项需修改或说明` : ''}
        </span>
      </label>
      <label>
        其他意见（写入审核意见）
        <textarea
          rows={2}
          defaultValue={review.comment}
          onBlur={(e) => {
            const comment = e.target.value;
            if (comment !== review.comment) onChange((r) => ({ ...r, comment }));
          }}
        />
      </label>
    </div>
  );
}
