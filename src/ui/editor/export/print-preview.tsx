import { useEffect, useRef } from 'react';

/** What the preview shows: the report, or its blank form (空白表样), as HTML from the core. */
export interface Printed {
  readonly html: string;
  readonly label: string;
}

/**
 * The report (or its blank form) as it prints: the same layout blocks as every export, on A4 with
 * the official fonts. Printing shows only this, never the form.
 */
export function PrintPreview({ printed, onClose }: { printed: Printed; onClose: () => void }) {
  const close = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    close.current?.focus();
  }, []);
  return (
    <div className="print-preview" role="dialog" aria-label={printed.label}>
      <div className="preview-toolbar">
        <strong>{printed.label}</strong>
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
      {/* renderHtml and renderBlankFormHtml escape every text of the report: the markup is ours. */}
      <article className="paper" dangerouslySetInnerHTML={{ __html: printed.html }} />
    </div>
  );
}
