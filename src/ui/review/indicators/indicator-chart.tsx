/**
 * One chart of the 指标 view. The first chart to mount loads the ECharts chunk; until it is there,
 * and where it cannot load, the chart's place says so and the table beside it has every number.
 */
import { useEffect, useRef, useState } from 'react';
import type { ChartOption } from './chart-options';
import type * as EchartsSvg from './echarts-svg';

type Charts = typeof EchartsSvg;

let loading: Promise<Charts> | undefined;

/** The ECharts chunk, loaded once. */
export function loadCharts(): Promise<Charts> {
  loading ??= import('./echarts-svg');
  return loading;
}

export function IndicatorChart({
  option,
  label,
  height,
}: {
  option: ChartOption;
  label: string;
  height: number;
}) {
  const element = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let disposed = false;
    let dispose: (() => void) | undefined;
    const resize = () => {
      chart?.resize();
    };
    let chart: { resize: () => void } | undefined;
    loadCharts().then(
      ({ drawChart }) => {
        if (disposed || !element.current) return;
        const drawn = drawChart(element.current, option);
        chart = drawn;
        dispose = () => {
          drawn.dispose();
        };
        window.addEventListener('resize', resize);
      },
      () => {
        setFailed(true);
      },
    );
    return () => {
      disposed = true;
      window.removeEventListener('resize', resize);
      dispose?.();
    };
  }, [option]);
  return (
    <figure className="indicator-chart">
      {failed ? (
        <p className="hint">图表无法加载，请看表格中的数字。</p>
      ) : (
        <div ref={element} role="img" aria-label={label} style={{ height }} />
      )}
    </figure>
  );
}
