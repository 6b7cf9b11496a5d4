/**
 * ECharts as the desk's charts load it: `echarts/core` with only the bar and heatmap charts, the
 * components they use and the SVG renderer (the heatmap colours its cells itself: visualMap
 * would add 12 KB gzip) (no canvas renderer, no other charts), in a chunk of
 * its own that only the 指标 view imports. SVG keeps the labels as text a test and a screen
 * reader can read, and serialises as-is for the 通报's picture.
 */
import { BarChart, HeatmapChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
// `use` renamed: it is ECharts' registry, not React's hook.
import { init, use as register, type ECharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartOption } from './chart-options';

register([
  BarChart,
  HeatmapChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

/** A chart drawn in `element` as SVG; the caller disposes it. */
export function drawChart(element: HTMLElement, option: ChartOption): ECharts {
  const chart = init(element, null, { renderer: 'svg' });
  chart.setOption(option);
  return chart;
}

/**
 * A chart drawn off screen at a fixed size, as SVG text (the 通报's picture), with no animation
 * so the text is the final frame.
 */
export function chartSvg(option: ChartOption, width: number, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ ...option, animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
