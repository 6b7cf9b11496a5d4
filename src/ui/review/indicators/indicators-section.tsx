/**
 * The desk's hook for the 指标 view: a section with one button. The view (its table and the
 * ECharts chunk) loads only when opened, so the desk itself carries none of it.
 */
import { lazy, Suspense, useState } from 'react';
import type { ReportReview } from '../../../core';
import type { BatchEntry } from '../../../workspace/review/batch-entry';
import type { ReviewSettings } from '../../../workspace/review/review-db';

const IndicatorsView = lazy(() =>
  import('./indicators-view').then((m) => ({ default: m.IndicatorsView })),
);

export function IndicatorsSection(props: {
  entries: readonly BatchEntry[];
  reviews: ReadonlyMap<string, ReportReview>;
  settings: ReviewSettings;
}) {
  const [open, setOpen] = useState(false);
  if (!props.entries.some((e) => e.report)) return null;
  return (
    <section className="panel indicators-panel" aria-labelledby="indicators-heading">
      <div className="indicators-head">
        <h2 id="indicators-heading">指标、排名与通报</h2>
        <button
          type="button"
          aria-expanded={open}
          onClick={() => {
            setOpen(!open);
          }}
        >
          {open ? '收起指标' : '查看指标、排名与图表'}
        </button>
      </div>
      {open && (
        <Suspense fallback={<p className="loading">正在打开指标…</p>}>
          <IndicatorsView {...props} />
        </Suspense>
      )}
    </section>
  );
}
