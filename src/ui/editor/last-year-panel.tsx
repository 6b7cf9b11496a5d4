import { useState } from 'react';
import { getTemplate, lastYearLink, type Report } from '../../core';
import { fillCarried } from './carry-over-cells';
import { LastYearDialog } from './last-year-dialog';
import { useEditor, useLastYear } from './state/use-editor-state';

/**
 * 关联上年报告: pick last year's report (a draft or any file), offer its 结转下年度 figures as this
 * year's 上年结转 and run the cross-year checks.
 */
export function LastYearPanel({ currentId }: { currentId: string }) {
  const engine = useEditor();
  const lastYear = useLastYear();
  const [open, setOpen] = useState(false);

  const link = (report: Report) => {
    const next = lastYearLink(report);
    engine.batch(() => {
      engine.setLastYear(next);
      fillCarried(engine, next, false);
    }, '关联上年报告');
    setOpen(false);
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
                fillCarried(engine, lastYear, true);
              }}
            >
              按上年报告填写上年结转
            </button>
            <button
              type="button"
              onClick={() => {
                engine.batch(() => {
                  engine.setLastYear(undefined);
                }, '取消关联上年报告');
              }}
            >
              取消关联
            </button>
          </>
        )}
      </div>
      <LastYearDialog
        open={open}
        currentId={currentId}
        onPick={link}
        onClose={() => {
          setOpen(false);
        }}
      />
    </div>
  );
}
