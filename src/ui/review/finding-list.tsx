import { decisionOf, findingKey, type Finding, type ReportReview } from '../../core';
import { FindingItem } from './finding-item';

/** A change to the opened report's review. */
export type ReviewChange = (change: (r: ReportReview) => ReportReview) => void;

function decide(finding: Finding, decision: ReportReview['decisions'][string] | undefined) {
  return (r: ReportReview): ReportReview => {
    const { [findingKey(finding)]: _old, ...rest } = r.decisions;
    return { ...r, decisions: decision ? { ...rest, [findingKey(finding)]: decision } : rest };
  };
}

/** The opened report's findings, each with the reviewer's decision on it. */
export function FindingList({
  findings,
  review,
  onChange,
  onShow,
}: {
  findings: readonly Finding[];
  review: ReportReview | undefined;
  onChange: ReviewChange;
  onShow: (finding: Finding) => void;
}) {
  return (
    <ol className="finding-list" aria-label="问题">
      {findings.map((f) => (
        <FindingItem
          key={findingKey(f)}
          finding={f}
          decision={decisionOf(review, f)}
          onDecide={(d) => {
            onChange(decide(f, d));
          }}
          onShow={() => {
            onShow(f);
          }}
        />
      ))}
    </ol>
  );
}
