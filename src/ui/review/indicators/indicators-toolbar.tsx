import { indicatorsCsv, type BatchIndicators, type IndicatorDef } from '../../../core';
import { download } from '../../../workspace/platform/download';
import { today } from '../reviewed-files';

/** The view's toolbar: the year (when the batch has several), the indicator ranked by, the CSV. */
export function IndicatorsToolbar({
  table,
  main,
  rankBy,
  onYear,
  onRankBy,
}: {
  table: BatchIndicators;
  main: readonly IndicatorDef[];
  rankBy: string;
  onYear: (year: number) => void;
  onRankBy: (indicator: string) => void;
}) {
  return (
    <div className="indicators-toolbar">
      {table.years.length > 1 && (
        <label>
          年度
          <select
            value={table.year}
            onChange={(e) => {
              onYear(Number(e.target.value));
            }}
          >
            {table.years.map((y) => (
              <option key={y} value={y}>
                {y}年度
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        排名和图表的指标
        <select
          value={rankBy}
          onChange={(e) => {
            onRankBy(e.target.value);
          }}
        >
          {main.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() => {
          download(
            `指标-${table.year}年度-${today()}.csv`,
            indicatorsCsv(table),
            'text/csv;charset=utf-8',
          );
        }}
      >
        导出指标 CSV
      </button>
    </div>
  );
}
