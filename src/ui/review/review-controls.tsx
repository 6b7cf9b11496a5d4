import { REVIEW_STATUSES, STATUS_LABELS, type ReportReview, type ReviewStatus } from '../../core';

/** The status of a report and the reviewer's comment on it. */
export function ReviewControls({
  review,
  onChange,
}: {
  review: ReportReview;
  onChange: (change: (r: ReportReview) => ReportReview) => void;
}) {
  return (
    <div className="review-controls">
      <label>
        审核状态
        <select
          value={review.status}
          onChange={(e) => {
            const status = e.target.value as ReviewStatus;
            onChange((r) => ({ ...r, status }));
          }}
        >
          {REVIEW_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        审核意见
        <textarea
          rows={3}
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
