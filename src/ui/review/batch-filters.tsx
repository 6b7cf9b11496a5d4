import { LEVEL_LABELS, RULES, type RuleId, type Severity } from '../../core';
import type { BatchFilter } from './batch-filter';

const LEVELS: [Severity | 'doubt', string][] = [
  ...(Object.entries(LEVEL_LABELS) as [Severity, string][]),
  ['doubt', '读取存疑'],
];

/** The filter bar over the table and the counts per rule (a count sets the rule filter). */
export function BatchFilters({
  filter,
  counts,
  onChange,
}: {
  filter: BatchFilter;
  counts: readonly [RuleId, number][];
  onChange: (filter: BatchFilter) => void;
}) {
  return (
    <div className="batch-filters">
      <label className="filter-rule">
        规则
        <select
          value={filter.rule}
          onChange={(e) => {
            onChange({ ...filter, rule: e.target.value as RuleId | '' });
          }}
        >
          <option value="">全部</option>
          {counts.map(([rule, n]) => (
            <option key={rule} value={rule} title={rule}>
              {RULES[rule].title}（{n} 份）
            </option>
          ))}
        </select>
      </label>
      <label>
        级别
        <select
          value={filter.level}
          onChange={(e) => {
            onChange({ ...filter, level: e.target.value as Severity | 'doubt' | '' });
          }}
        >
          <option value="">全部</option>
          {LEVELS.map(([level, label]) => (
            <option key={level} value={level}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        机关
        <input
          type="search"
          value={filter.org}
          onChange={(e) => {
            onChange({ ...filter, org: e.target.value });
          }}
        />
      </label>
      <ul className="rule-counts" aria-label="按规则统计">
        {counts.map(([rule, n]) => (
          <li key={rule}>
            <button
              type="button"
              title={`${RULES[rule].title}（${rule}）：${n} 份报告，点击只看这些报告`}
              aria-pressed={filter.rule === rule}
              data-rule={rule}
              onClick={() => {
                onChange({ ...filter, rule: filter.rule === rule ? '' : rule });
              }}
            >
              {RULES[rule].title}：{n} 份
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
