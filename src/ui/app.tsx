import { useMemo, useState } from 'react';
import { checkReport, getTemplate, layoutReport, type Report } from '../core';
import { EXAMPLES } from './examples';
import { ReportPreview } from './report-preview';

/** The page shell. Until the report form lands it shows the bundled examples, checked. */
export function App() {
  const [index, setIndex] = useState(0);
  const example = EXAMPLES[index] ?? EXAMPLES[0];
  return (
    <div className="app">
      <header className="app-header">
        <h1>政府信息公开工作年度报告编制助手</h1>
        <p>按官方格式填写、核对并导出政府信息公开工作年度报告。所有数据只保存在本机浏览器中。</p>
      </header>
      <main>
        <label className="example-picker">
          示例报告：
          <select
            value={index}
            onChange={(e) => {
              setIndex(Number(e.target.value));
            }}
          >
            {EXAMPLES.map((ex, i) => (
              <option key={ex.label} value={i}>
                {ex.label}
              </option>
            ))}
          </select>
        </label>
        {example && <ExampleView report={example.report} />}
      </main>
    </div>
  );
}

function ExampleView({ report }: { report: Report }) {
  const blocks = useMemo(() => layoutReport(report), [report]);
  const findings = useMemo(() => checkReport(report), [report]);
  return (
    <>
      <section className="findings" aria-label="检查结果">
        <h2>检查结果（{getTemplate(report.template).name}）</h2>
        {findings.length === 0 ? (
          <p>未发现问题。</p>
        ) : (
          <ul>
            {findings.map((f, i) => (
              <li key={i} className={`finding finding-${f.severity}`}>
                {f.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      <ReportPreview blocks={blocks} />
    </>
  );
}
