/**
 * The ranking: one row per unit with the counts, the main indicators, the 自然人 share, the
 * change against last year and the findings by level, and the total below. Every column sorts;
 * the rank follows the last indicator sorted by, and a 样本过少 unit is never ranked.
 */
import { useMemo, useState } from 'react';
import {
  COUNTS,
  LEVEL_LABELS,
  rankUnits,
  type BatchIndicators,
  type Severity,
  type UnitRow,
} from '../../../core';
import { LEVELS, RankRow, TotalRow } from './indicator-rows';

const NATURAL = 'applicant_natural';

type SortKey =
  | { kind: 'rate'; id: string }
  | { kind: 'org' }
  | { kind: 'count'; id: 'received' | 'handled' }
  | { kind: 'level'; id: Severity };

function sortRows(table: BatchIndicators, key: SortKey, desc: boolean) {
  if (key.kind === 'rate') return rankUnits(table.units, key.id, !desc).map((r) => r.unit);
  const value = (u: UnitRow): number | string =>
    key.kind === 'org' ? u.org : key.kind === 'count' ? (u.counts[key.id] ?? -1) : u.levels[key.id];
  return [...table.units].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const order = typeof x === 'string' ? x.localeCompare(String(y), 'zh') : x - Number(y);
    return desc ? -order : order;
  });
}

export function IndicatorsTable({
  table,
  rankBy,
  onRankBy,
}: {
  table: BatchIndicators;
  rankBy: string;
  onRankBy: (indicator: string) => void;
}) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({
    key: { kind: 'rate', id: rankBy },
    desc: true,
  });
  // The rank runs the way the list is sorted: lowest first ranks a 不予公开占比 as leaders read it.
  const ascending = sort.key.kind === 'rate' && sort.key.id === rankBy && !sort.desc;
  const ranks = useMemo(
    () => new Map(rankUnits(table.units, rankBy, ascending).map((r) => [r.unit, r.rank])),
    [table, rankBy, ascending],
  );
  const rows = useMemo(() => sortRows(table, sort.key, sort.desc), [table, sort]);
  const main = table.defs.filter((d) => d.main);
  const natural = table.defs.find((d) => d.id === NATURAL);
  const rankName = table.defs.find((d) => d.id === rankBy)?.name ?? '';
  const same = (a: SortKey, b: SortKey) => JSON.stringify(a) === JSON.stringify(b);
  const header = (key: SortKey, label: string) => {
    const on = same(sort.key, key);
    return (
      <th aria-sort={on ? (sort.desc ? 'descending' : 'ascending') : undefined}>
        <button
          type="button"
          className="sort"
          onClick={() => {
            setSort({ key, desc: on ? !sort.desc : key.kind !== 'org' });
            if (key.kind === 'rate') onRankBy(key.id);
          }}
        >
          {label}
          {on ? (sort.desc ? ' ▼' : ' ▲') : ''}
        </button>
      </th>
    );
  };
  return (
    <div className="indicators-scroll">
      <table className="indicators-table" aria-label="指标排名">
        <thead>
          <tr>
            <th title={`按${rankName}排名；样本过少的单位不参与排名`}>排名（{rankName}）</th>
            {header({ kind: 'org' }, '机关')}
            {COUNTS.map((c) => header({ kind: 'count', id: c.id }, c.name))}
            {main.map((d) => header({ kind: 'rate', id: d.id }, d.name))}
            {natural && header({ kind: 'rate', id: natural.id }, natural.name)}
            <th>较上年（{rankName}）</th>
            {LEVELS.map((l) => header({ kind: 'level', id: l }, LEVEL_LABELS[l]))}
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <RankRow
              key={u.index}
              unit={u}
              rank={ranks.get(u)}
              main={main}
              natural={natural}
              rankBy={rankBy}
            />
          ))}
        </tbody>
        <TotalRow table={table} main={main} natural={natural} rankBy={rankBy} />
      </table>
    </div>
  );
}
