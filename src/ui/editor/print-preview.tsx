import { useEffect, useMemo, useRef } from 'react';
import { renderHtml, type Report } from '../../core';

/**
 * The report as it prints: the same layout blocks as every export, on A4 with the official fonts.
 * Printing shows only this, never the form.
 */
export function PrintPreview({ report, onClose }: { report: Report; onClose: () => void }) {
  // renderHtml escapes every text of the report: the markup is ours.
  const html = useMemo(() => renderHtml(report), [report]);
  const close = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    close.current?.focus();
  }, []);
  return (
    <div className="print-preview" role="dialog" aria-label="打印预览">
      <div className="preview-toolbar">
        <strong>打印预览</strong>
        <button
          type="button"
          className="primary"
          onClick={() => {
            window.print();
          }}
        >
          打印
        </button>
        <button type="button" ref={close} onClick={onClose}>
          返回编辑
        </button>
      </div>
      <article className="paper" dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}
