import { useMemo, type ReactNode } from 'react';
import { partsProgress, type PartProgress } from './progress-model';
import { useEditor, useFindings } from '../state/use-editor-state';

/** The six parts' progress, from the findings (re-read after every check). */
export function useProgress(): readonly PartProgress[] {
  const { template } = useEditor();
  const findings = useFindings();
  return useMemo(() => partsProgress(template, findings), [template, findings]);
}

/** A cell of the checklist: ✓, or what is left (marked). */
function Mark({ ok, left }: { ok: boolean; left: ReactNode }) {
  return <td data-ok={ok ? undefined : 'false'}>{ok ? '✓' : left}</td>;
}

/** "2 个错误": in the narrow navigation it breaks as "2 个 / 错误", never inside the word. */
function Count({ n, word }: { n: number; word: string }) {
  return (
    <>
      {n} 个<span className="nowrap">{word}</span>
    </>
  );
}

/**
 * 已完成 N/6 部分, and under it a checklist per part: filled (no blank, text written), checked (no
 * error), explained (every warning fixed or explained).
 */
export function ProgressSummary({ className }: { className?: string }) {
  const parts = useProgress();
  const done = parts.filter((p) => p.done).length;
  return (
    <details className={`progress ${className ?? ''}`}>
      <summary>
        已完成 {done}/{parts.length} 部分
      </summary>
      <table className="progress-table">
        <caption className="visually-hidden">各部分完成情况</caption>
        <thead>
          <tr>
            <th scope="col">部分</th>
            <th scope="col">填写</th>
            <th scope="col">检查</th>
            <th scope="col">说明</th>
          </tr>
        </thead>
        <tbody>
          {parts.map((p) => (
            <tr key={p.id} data-done={p.done ? '' : undefined}>
              <th scope="row">{p.heading.slice(0, 2)}</th>
              <Mark ok={p.filled} left="未填完" />
              <Mark ok={p.errors === 0} left={<Count n={p.errors} word="错误" />} />
              <Mark ok={p.warnings === 0} left={<Count n={p.warnings} word="警告" />} />
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
