/** The ranking's body row for one unit and its 合计 row: the cells in the header's column order. */
import {
  changeText,
  COUNTS,
  rateText,
  type BatchIndicators,
  type IndicatorDef,
  type Rate,
  type Severity,
  type UnitRow,
} from '../../../core';

/** The findings columns, by level. */
export const LEVELS: readonly Severity[] = ['error', 'warning', 'info'];

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

/** The indicator columns shown: the main ones and the 自然人 share. */
interface Columns {
  main: readonly IndicatorDef[];
  natural: IndicatorDef | undefined;
  rankBy: string;
}

/** One unit's row: its rank (— when 样本过少), counts, rates, change and findings by level. */
export function RankRow({
  unit: u,
  rank,
  main,
  natural,
  rankBy,
}: Columns & { unit: UnitRow; rank: number | undefined }) {
  return (
    <tr>
      <td className="num">{rank ?? <span title="样本过少，不参与排名">—</span>}</td>
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
  );
}

/** The 合计 row: the whole batch's counts and rates, and the findings summed over the units. */
export function TotalRow({ table, main, natural, rankBy }: Columns & { table: BatchIndicators }) {
  return (
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
  );
}
