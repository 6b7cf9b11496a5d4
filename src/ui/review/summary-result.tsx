import { useMemo } from 'react';
import { checkAll, countFindings, getTemplate, type SummaryResult } from '../../core';
import { exportDocx, exportReportFile } from '../editor/export/export-actions';
import { keepSummaryAsDraft } from '../../workspace/drafts';
import { ReportTables } from './report-tables';

const NO_MARKS = new Map<string, string>();

/** The 汇总 made: what it adds up, what it left out and why, who is missing; open or export it. */
export function SummaryResultView({ result }: { result: SummaryResult }) {
  const { report, included, excluded, missing } = result;
  const counts = useMemo(() => countFindings(checkAll(report)), [report]);
  const open = async () => {
    const record = await keepSummaryAsDraft(report);
    window.location.hash = `#/draft/${record.id}`;
  };
  return (
    <section className="summary-result" aria-label="汇总结果">
      <h3>
        {report.meta.org} {report.meta.year}年 · {getTemplate(report.template).name}：汇总{' '}
        {included.length} 份
      </h3>
      <p className={counts.errors ? 'count-error' : 'count-ok'}>
        汇总报告自身检查：{counts.errors} 个错误，{counts.warnings} 个警告
      </p>
      <div className="summary-actions">
        <button type="button" className="primary" onClick={() => void open()}>
          打开为草稿
        </button>
        <button type="button" onClick={() => void exportDocx(report, counts.errors > 0)}>
          导出 Word
        </button>
        <button
          type="button"
          onClick={() => {
            exportReportFile(report);
          }}
        >
          下载报告文件
        </button>
      </div>
      <h4>汇总的报告</h4>
      <ul aria-label="汇总的报告">
        {included.map((p) => (
          <li key={p.name}>
            {p.org}（{p.name}）
          </li>
        ))}
      </ul>
      {excluded.length > 0 && (
        <>
          <h4>排除的报告</h4>
          <ul aria-label="排除的报告">
            {excluded.map((p) => (
              <li key={p.name}>
                {p.org}（{p.name}）：{p.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {missing.length > 0 && <p className="count-warning">尚未报送：{missing.join('、')}</p>}
      <details>
        <summary>汇总表格</summary>
        <ReportTables report={report} marks={NO_MARKS} />
      </details>
    </section>
  );
}
