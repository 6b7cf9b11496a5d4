/**
 * The ranking: one row per unit with the counts, the main indicators, the 自然人 share, the
 * change against last year and the findings by level, and the total below. Every column sorts;
 * the rank follows the last indicator sorted by, and a 样本过少 unit is never ranked.
 */
import { useMemo, useState } from 'react';
import {
  changeText,
  COUNTS,
  LEVEL_LABELS,
  rankUnits,
  rateText,
  type BatchIndicators,
  type Rate,
  type Severity,
  type UnitRow,
} from '../../../core';

const LEVELS: readonly Severity[] = ['error', 'warning', 'info'];
const NATURAL = 'applicant_natural';

type SortKey =
  | { kind: 'rate'; id: string }
  | { kind: 'org' }
  | { kind: 'count'; id: 'received' | 'handled' }
  | { kind: 'level'; id: Severity };

function RateCell({ rate }: { rate: Rate | undefined }) {
  if (!rate) return <td>—</td>;
  const title =
    rate.kind === 'few'
      ? `仅 ${rate.den} 件（少于5件），不参与排名`
      : rate.kind === 'rate'
        ? `${rate.num} ÷ ${rate.den}`
        : undefined;
  return (
    <td className={`num rate-${rate.kind}`} title={title}>
      {rateText(rate)}
    </td>
  );
}

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
            <tr key={u.index}>
              <td className="num">{ranks.get(u) ?? <span title="样本过少，不参与排名">—</span>}</td>
              <th scope="row">{u.org}</th>
              {COUNTS.map((c) => (
                <td key={c.id} className="num">
                  {u.counts[c.id] ?? '数据不全'}
                </td>
              ))}
              {main.map((d) => (
                <RateCell key={d.id} rate={u.rates[d.id]} />
              ))}
              {natural && <RateCell rate={u.rates[natural.id]} />}
              <td className="num">{changeText(u.change[rankBy])}</td>
              {LEVELS.map((l) => (
                <td key={l} className={`num level-${l}`}>
                  {u.levels[l]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <th scope="row">合计（{table.units.length}个单位）</th>
            {COUNTS.map((c) => (
              <td key={c.id} className="num">
                {table.total.counts[c.id] ?? '数据不全'}
              </td>
            ))}
            {main.map((d) => (
              <RateCell key={d.id} rate={table.total.rates[d.id]} />
            ))}
            {natural && <RateCell rate={table.total.rates[natural.id]} />}
            <td className="num">{changeText(table.total.change[rankBy])}</td>
            {LEVELS.map((l) => (
              <td key={l} className="num">
                {table.units.reduce((n, u) => n + u.levels[l], 0)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
