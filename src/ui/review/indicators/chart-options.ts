/**
 * The charts' ECharts options, from the core's indicators (no ECharts code here, types only): the
 * units × levels of findings heatmap, one indicator per unit as bars (ranked units only, the
 * total as a line), and last year against this year. Values are the core's exact per-mille
 * rounded once, so a label reads the same as the table and the CSV.
 */
import type { BarSeriesOption, HeatmapSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import {
  LEVEL_LABELS,
  permille,
  rankUnits,
  ranked,
  type BatchIndicators,
  type Rate,
  type Severity,
} from '../../../core';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

const LEVELS: readonly Severity[] = ['error', 'warning', 'info'];
const FONT = 'Noto Sans CJK SC, Microsoft YaHei, SimHei, sans-serif';

/** A ranked rate in percent with one decimal (the table's figure); undefined when not ranked. */
export function percentOf(r: Rate | undefined): number | undefined {
  return r && ranked(r) ? permille(r.num, r.den) / 10 : undefined;
}

const percentLabel = (value: unknown) => `${Number(value).toFixed(1)}%`;

/** The units' names without the county they share ("清河县城关镇人民政府" → "城关镇人民政府"). */
export function shortNames(orgs: readonly string[]): string[] {
  const first = orgs[0] ?? '';
  const area = /^.{2,8}?[县区市旗]/.exec(first)?.[0];
  if (
    !area ||
    orgs.length < 2 ||
    !orgs.every((o) => o.startsWith(area) && o.length > area.length + 1)
  )
    return [...orgs];
  return orgs.map((o) => o.slice(area.length));
}

/** A cell's colour: white for 0, then light amber to deep red as the count nears the largest. */
export function heatColor(n: number, max: number): string {
  if (n <= 0) return '#f4f8fb';
  const t = Math.min(1, n / Math.max(1, max));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
  return `rgb(${mix(0xf6, 0xc0)}, ${mix(0xd6, 0x39)}, ${mix(0x8a, 0x2b)})`;
}

/** Units × 强制性/核实性/提示性: how many findings each unit still has. */
export function heatmapOption(table: BatchIndicators): ChartOption {
  const units = shortNames(table.units.map((u) => u.org));
  const max = Math.max(1, ...table.units.flatMap((u) => LEVELS.map((l) => u.levels[l])));
  const data = table.units.flatMap((u, y) =>
    LEVELS.map((level, x) => ({
      value: [x, y, u.levels[level]],
      itemStyle: { color: heatColor(u.levels[level], max), borderColor: '#fff', borderWidth: 2 },
    })),
  );
  return {
    textStyle: { fontFamily: FONT },
    title: { text: '各单位问题分布（按级别）', left: 'center', textStyle: { fontSize: 15 } },
    tooltip: { position: 'top' },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: LEVELS.map((l) => LEVEL_LABELS[l]) },
    yAxis: { type: 'category', data: units, inverse: true },
    series: [{ type: 'heatmap', name: '问题数', data, label: { show: true } }],
  };
}

/** One indicator per unit as bars, best first; units without a ranked rate are left out. */
export function barsOption(table: BatchIndicators, indicator: string): ChartOption {
  const def = table.defs.find((d) => d.id === indicator);
  const all = rankUnits(table.units, indicator);
  const rows = all.filter((r) => r.rank !== undefined);
  const left = shortNames(table.units.map((u) => u.org)).filter(
    (_, i) => !rows.some((r) => r.unit === table.units[i]),
  );
  const total = percentOf(table.total.rates[indicator]);
  return {
    textStyle: { fontFamily: FONT },
    title: {
      text: `${def?.name ?? indicator}（各单位）`,
      ...(left.length ? { subtext: `未列入（样本过少或数据不全）：${left.join('、')}` } : {}),
      left: 'center',
      textStyle: { fontSize: 15 },
    },
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 56, top: left.length ? 88 : 56, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: shortNames(rows.map((r) => r.unit.org)), inverse: true },
    series: [
      {
        type: 'bar',
        name: def?.name ?? indicator,
        data: rows.map((r) => percentOf(r.unit.rates[indicator]) ?? 0),
        itemStyle: { color: '#2f6f9f' },
        label: { show: true, position: 'right', formatter: (p) => percentLabel(p.value) },
        ...(total === undefined
          ? {}
          : {
              markLine: {
                symbol: 'none',
                data: [{ xAxis: total, name: '合计' }],
                label: { position: 'start', formatter: `合计 ${percentLabel(total)}` },
                lineStyle: { color: '#c0392b', type: 'dashed' },
              },
            }),
      },
    ],
  };
}

/** Last year against this year for one indicator, for the units with last year's report. */
export function yearOption(table: BatchIndicators, indicator: string): ChartOption {
  const def = table.defs.find((d) => d.id === indicator);
  const units = table.units
    .filter(
      (u) =>
        percentOf(u.rates[indicator]) !== undefined ||
        percentOf(u.lastYear?.rates[indicator]) !== undefined,
    )
    .filter((u) => u.lastYear);
  const series = (
    name: string,
    value: (u: (typeof units)[number]) => number | undefined,
    color: string,
  ): BarSeriesOption => ({
    type: 'bar',
    name,
    data: units.map((u) => value(u) ?? null),
    itemStyle: { color },
    label: {
      show: true,
      position: 'top',
      formatter: (p) => (p.value === null ? '' : percentLabel(p.value)),
    },
  });
  return {
    textStyle: { fontFamily: FONT },
    title: {
      text: `${def?.name ?? indicator}：上年与本年`,
      left: 'center',
      textStyle: { fontSize: 15 },
    },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 48, bottom: 32, containLabel: true },
    xAxis: {
      type: 'category',
      data: shortNames(units.map((u) => u.org)),
      axisLabel: { interval: 0, width: 120, overflow: 'break' },
    },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      series(`${table.year - 1}年`, (u) => percentOf(u.lastYear?.rates[indicator]), '#9db7cc'),
      series(`${table.year}年`, (u) => percentOf(u.rates[indicator]), '#2f6f9f'),
    ],
  };
}
