import { useCallback, useRef, useState } from 'react';
import { countFindings, type Finding } from '../../../core';
import { CountyOpinion } from '../county-opinion/county-opinion';
import { ExplainDialog } from './explain-dialog';
import { FindingEntry } from './finding-entry';
import { CHECKS_KEY } from '../help/help-keys';
import { useFindings } from '../state/use-editor-state';
import { useChecksKey } from './use-checks-key';

/**
 * The checks: errors first, then warnings, each naming cells and both sides; a click shows it.
 * A warning the clerk finds right is explained here (情况属实) and then counted as explained.
 */
export function ChecksPanel() {
  const list = useFindings();
  const [open, setOpen] = useState(false);
  const [explaining, setExplaining] = useState<Finding | null>(null);
  const [status, setStatus] = useState('');
  const { errors, warnings, explained } = countFindings(list);
  const panel = useRef<HTMLElement | null>(null);
  useChecksKey(
    panel,
    useCallback(() => {
      setOpen(true);
    }, []),
  );
  return (
    <aside
      className={open ? 'checks open' : 'checks'}
      aria-label="检查结果"
      ref={panel}
      aria-keyshortcuts={CHECKS_KEY}
    >
      <button
        type="button"
        className="checks-toggle"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
        }}
      >
        检查结果：<strong className={errors ? 'count-error' : 'count-ok'}>{errors} 个错误</strong>，
        {warnings} 个警告{explained ? `，${explained} 个已说明` : ''}
      </button>
      <div className="checks-body">
        <h2 tabIndex={-1}>
          检查结果 <span className={errors ? 'count-error' : 'count-ok'}>{errors} 个错误</span> ·{' '}
          <span className="count-warning">{warnings} 个警告</span>
          {explained > 0 && (
            <>
              {' '}
              · <span className="count-explained">{explained} 个已说明</span>
            </>
          )}
        </h2>
        <CountyOpinion />
        <p className="checks-status" role="status">
          {status}
        </p>
        {list.length === 0 ? (
          <p className="checks-empty">未发现问题，表格勾稽关系全部平衡。</p>
        ) : (
          <ol className="finding-list">
            {list.map((finding, i) => (
              <FindingEntry
                key={`${finding.rule}-${finding.cells.join(',')}-${i}`}
                finding={finding}
                onExplain={setExplaining}
                onStatus={setStatus}
              />
            ))}
          </ol>
        )}
      </div>
      <ExplainDialog
        finding={explaining}
        onClose={() => {
          setExplaining(null);
        }}
        onSaved={() => {
          setStatus('已保存说明，这一项列为“已说明”。');
        }}
      />
    </aside>
  );
}
