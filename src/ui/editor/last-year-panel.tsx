import { useEffect, useRef, useState } from 'react';
import { cellValue, getTemplate, lastYearLink, type LastYearLink, type Report } from '../../core';
import { ImportPanel } from '../import/import-panel';
import { listDrafts, type DraftRecord } from '../storage/drafts-db';
import { useEditor } from './editor-context';

/** Last year's 四、结转下年度继续办理 by 表三 column key. */
export function carriedFromLastYear(link: LastYearLink, column: string): number | null | undefined {
  return cellValue(link.cells[`t3_carry_next_${column}`], 'count');
}

/**
 * 关联上年报告: pick last year's report (a draft or any file), offer its 结转下年度 figures as this
 * year's 上年结转 and run the cross-year checks.
 */
export function LastYearPanel({ currentId }: { currentId: string }) {
  const { form, template, lastYear, setLastYear } = useEditor();
  const dialog = useRef<HTMLDialogElement | null>(null);
  const [drafts, setDrafts] = useState<DraftRecord[]>([]);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    dialog.current?.showModal();
    let current = true;
    void listDrafts().then((list) => {
      if (current) setDrafts(list.filter((d) => d.id !== currentId));
    });
    return () => {
      current = false;
    };
  }, [open, currentId]);

  /** Fill this year's 上年结转 from last year's report; `all` overwrites typed figures too. */
  const fillCarried = (link: LastYearLink, all: boolean) => {
    for (const { key } of template.t3.columns) {
      const name = `cells.t3_carried_${key}` as const;
      const value = carriedFromLastYear(link, key);
      if (value === undefined) continue;
      if (all || form.getValues(name).trim() === '') {
        form.setValue(name, value === null ? '' : String(value), {
          shouldValidate: true,
          shouldDirty: true,
        });
      }
    }
  };

  const link = (report: Report) => {
    const next = lastYearLink(report);
    setLastYear(next);
    fillCarried(next, false);
    setOpen(false);
    dialog.current?.close();
  };

  return (
    <div className="last-year">
      {lastYear ? (
        <p>
          已关联上年报告：
          <strong>
            {lastYear.org} {lastYear.year}年（{getTemplate(lastYear.template).name}）
          </strong>
          。表三“二、上年结转”可按其“四、结转下年度继续办理”填写，并检查上年结转、规范性文件存量和正文重复率。
        </p>
      ) : (
        <p className="hint">关联上年报告后，可自动填写上年结转，并检查与上年报告的衔接。</p>
      )}
      <div className="dialog-actions left">
        <button
          type="button"
          onClick={() => {
            setOpen(true);
          }}
        >
          {lastYear ? '更换上年报告' : '关联上年报告'}
        </button>
        {lastYear && (
          <>
            <button
              type="button"
              onClick={() => {
                fillCarried(lastYear, true);
              }}
            >
              按上年报告填写上年结转
            </button>
            <button
              type="button"
              onClick={() => {
                setLastYear(undefined);
              }}
            >
              取消关联
            </button>
          </>
        )}
      </div>
      <dialog
        ref={dialog}
        aria-labelledby="last-year-title"
        className="wide-dialog"
        onClose={() => {
          setOpen(false);
        }}
      >
        <h2 id="last-year-title">关联上年报告</h2>
        {drafts.length > 0 && (
          <>
            <h3>从草稿中选择</h3>
            <ul className="examples">
              {drafts.map((d) => (
                <li key={d.id}>
                  <button
                    type="button"
                    onClick={() => {
                      link(d.report);
                    }}
                  >
                    {d.report.meta.org} {d.report.meta.year}年
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {open && (
          <ImportPanel
            title="或导入上年报告"
            hint="上年的报告文件、Word、网页、PDF 或文本均可。"
            confirmLabel="关联为上年报告"
            onImport={link}
          />
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            关闭
          </button>
        </div>
      </dialog>
    </div>
  );
}
