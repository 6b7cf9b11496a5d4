/**
 * 指标、排名与通报 (for the county's leaders): the indicators of the batch's units with their
 * definitions, a sortable ranking, charts (ECharts, loaded with this view only), the CSV of the
 * same numbers, the county 汇总 checked against its units, and the 通报 draft.
 */
import { useMemo, useState } from 'react';
import type { ReportReview } from '../../../core';
import type { BatchEntry } from '../../../workspace/review/batch-entry';
import type { ReviewSettings } from '../../../workspace/review/review-db';
import { barsOption, heatmapOption, yearOption } from './chart-options';
import { IndicatorChart } from './indicator-chart';
import { IndicatorsTable } from './indicators-table';
import { IndicatorsToolbar } from './indicators-toolbar';
import { NoticePanel } from './notice-panel';
import { SummaryChecks } from './summary-checks';
import { useCountyIndicators } from './use-county-indicators';
import './indicators.css';

export function IndicatorsView({
  entries,
  reviews,
  settings,
}: {
  entries: readonly BatchEntry[];
  reviews: ReadonlyMap<string, ReportReview>;
  settings: ReviewSettings;
}) {
  const [year, setYear] = useState<number | undefined>(undefined);
  const [rankBy, setRankBy] = useState('disclosure');
  const { table, files, summaries } = useCountyIndicators(
    entries,
    reviews,
    settings.expected,
    year,
  );
  const heatmap = useMemo(() => (table ? heatmapOption(table) : undefined), [table]);
  const bars = useMemo(() => (table ? barsOption(table, rankBy) : undefined), [table, rankBy]);
  const years = useMemo(() => (table ? yearOption(table, rankBy) : undefined), [table, rankBy]);
  if (!table) return <p className="hint">本批还没有可计算指标的报告。</p>;
  const main = table.defs.filter((d) => d.main || d.id === 'applicant_natural');
  const chartHeight = Math.max(240, 70 + 30 * table.units.length);
  const hasLastYear = table.units.some((u) => u.lastYear);
  return (
    <div className="indicators-view">
      <IndicatorsToolbar
        table={table}
        main={main}
        rankBy={rankBy}
        onYear={setYear}
        onRankBy={setRankBy}
      />
      <div className="indicators-main">
        <IndicatorsTable key={rankBy} table={table} rankBy={rankBy} onRankBy={setRankBy} />
        <dl className="indicator-definitions" aria-label="指标定义">
          {main.map((d) => (
            <div key={d.id}>
              <dt>{d.name}</dt>
              <dd>{d.definition}</dd>
            </div>
          ))}
          <div>
            <dt>样本过少</dt>
            <dd>分母不足5件的比率不计算名次，只显示“样本过少”。</dd>
          </div>
        </dl>
      </div>
      {table.apart.length > 0 && (
        <p className="hint">
          未作为单位计入：{table.apart.map((a) => `${a.org}（${a.reason}）`).join('；')}
        </p>
      )}
      <SummaryChecks summaries={summaries} entries={entries} />
      <div className="indicator-charts">
        {bars && <IndicatorChart option={bars} label="各单位指标条形图" height={chartHeight} />}
        {heatmap && (
          <IndicatorChart option={heatmap} label="各单位问题级别热力图" height={chartHeight + 40} />
        )}
        {years && hasLastYear && (
          <IndicatorChart option={years} label="上年与本年对比图" height={320} />
        )}
      </div>
      <NoticePanel table={table} files={files} settings={settings} />
    </div>
  );
}
