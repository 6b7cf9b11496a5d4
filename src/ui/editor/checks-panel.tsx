import { useState } from 'react';
import { countFindings, LEVEL_LABELS, RULES, SEVERITY_LABELS } from '../../core';
import { showFinding } from './finding-target';
import { useFindings } from './state/use-editor-state';

/** The checks: errors first, then warnings, each naming cells and both sides; a click shows it. */
export function ChecksPanel() {
  const list = useFindings();
  const [open, setOpen] = useState(false);
  const { errors, warnings } = countFindings(list);
  return (
    <aside className={open ? 'checks open' : 'checks'} aria-label="检查结果">
      <button
        type="button"
        className="checks-toggle"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
        }}
      >
        检查结果：<strong className={errors ? 'count-error' : 'count-ok'}>{errors} 个错误</strong>，
        {warnings} 个警告
      </button>
      <div className="checks-body">
        <h2>
          检查结果 <span className={errors ? 'count-error' : 'count-ok'}>{errors} 个错误</span> ·{' '}
          <span className="count-warning">{warnings} 个警告</span>
        </h2>
        {list.length === 0 ? (
          <p className="checks-empty">未发现问题，表格勾稽关系全部平衡。</p>
        ) : (
          <ol className="finding-list">
            {list.map((finding, i) => (
              <li key={`${finding.rule}-${finding.cells.join(',')}-${i}`}>
                <button
                  type="button"
                  className={`finding finding-${finding.severity}${finding.explained ? ' finding-explained' : ''}`}
                  data-rule={finding.rule}
                  title={`依据：${RULES[finding.rule].basis}`}
                  onClick={() => {
                    showFinding(finding);
                  }}
                >
                  <span className="finding-severity">
                    {finding.explained
                      ? '已说明'
                      : `${SEVERITY_LABELS[finding.severity]}（${LEVEL_LABELS[finding.severity]}）`}
                  </span>
                  <span className="finding-message">{finding.message}</span>
                  <span className="finding-fix">
                    {finding.explained
                      ? `说明：${finding.explained.reason}`
                      : `改正：${RULES[finding.rule].fix}`}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        )}
      </div>
    </aside>
  );
}
