import { useState } from 'react';
import {
  parseOrgList,
  reviewCounts,
  summarise,
  type ReportReview,
  type SummaryResult,
} from '../../core';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import type { ReviewSettings } from '../../workspace/review/review-db';
import { SummaryForm } from './summary-form';
import { SummaryResultView } from './summary-result';

/** 汇总: the selected reports (all when none is selected) added up into a report of its own. */
export function SummaryPanel({
  entries,
  reviews,
  selected,
  settings,
  onSettings,
}: {
  entries: readonly BatchEntry[];
  reviews: ReadonlyMap<string, ReportReview>;
  selected: ReadonlySet<string>;
  settings: ReviewSettings;
  onSettings: (settings: ReviewSettings) => void;
}) {
  const [excludeErrors, setExcludeErrors] = useState(false);
  const [result, setResult] = useState<SummaryResult | null>(null);
  const chosen = entries.filter((e) => e.report && (selected.size === 0 || selected.has(e.id)));
  const sum = () => {
    const inputs = chosen.flatMap((e) =>
      e.report
        ? [
            {
              name: e.file,
              report: e.report,
              unresolvedErrors: reviewCounts(e.findings, reviews.get(e.id)).errors,
            },
          ]
        : [],
    );
    setResult(
      summarise(inputs, {
        excludeErrors,
        expected: parseOrgList(settings.expected),
        ...(settings.summaryOrg.trim() ? { org: settings.summaryOrg.trim() } : {}),
      }),
    );
  };
  return (
    <section className="panel summary-panel" aria-labelledby="summary-heading">
      <h2 id="summary-heading">汇总</h2>
      <p className="hint">
        把勾选的报告（未勾选时为全部报告）的表二、表三、表四逐项相加，生成一份汇总报告；只汇总同一年度、同一格式的报告，其余列为排除并说明原因。
      </p>
      <SummaryForm
        settings={settings}
        excludeErrors={excludeErrors}
        count={chosen.length}
        onSettings={onSettings}
        onExcludeErrors={setExcludeErrors}
        onSum={sum}
      />
      {result && <SummaryResultView result={result} />}
    </section>
  );
}
