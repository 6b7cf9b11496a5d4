/** The county's own 汇总 in the batch, checked against its units (SUMMARY_UNITS), in brief. */
import type { SummaryCheck } from '../../../core';
import type { BatchEntry } from '../../../workspace/review/batch-entry';

const HOW = {
  record: '本工具生成的汇总',
  name: '机关名称含“汇总”',
  sum: '各项数字为其他报告之和',
} as const;

export function SummaryChecks({
  summaries,
  entries,
}: {
  summaries: readonly SummaryCheck[];
  entries: readonly BatchEntry[];
}) {
  if (summaries.length === 0) return null;
  return (
    <div className="summary-checks" aria-label="汇总核对">
      {summaries.map((s) => {
        const entry = entries[s.index];
        return (
          <p key={s.index} className={s.findings.length ? 'form-error' : 'hint'}>
            汇总核对：{entry?.report?.meta.org}（{entry?.file}，识别依据：{HOW[s.evidence]}）与所含
            {s.included.length}个单位之和相比
            {s.findings.length
              ? `有 ${s.findings.length} 处不符（SUMMARY_UNITS，详见该报告的问题）`
              : '一致'}
            {s.missing.length ? `；未报送：${s.missing.join('、')}` : ''}
            {s.excluded.length
              ? `；排除：${s.excluded.map((e) => `${e.org}（${e.reason}）`).join('、')}`
              : ''}
            。
          </p>
        );
      })}
    </div>
  );
}
