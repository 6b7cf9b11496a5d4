import { useState } from 'react';
import {
  getTemplate,
  lastYearLink,
  linkProblems,
  type LastYearLink,
  type Report,
} from '../../../core';
import { fillCarried } from '../../../workspace/editor/fill-actions';
import { ConfirmDialog } from '../../confirm-dialog';
import { LastYearDialog } from './last-year-dialog';
import { useEditor, useLastYear } from '../state/use-editor-state';

/**
 * 关联上年报告: pick last year's report (a draft or any file), offer its 结转下年度 figures as this
 * year's 上年结转 and run the cross-year checks.
 */
export function LastYearPanel({ currentId }: { currentId: string }) {
  const engine = useEditor();
  const lastYear = useLastYear();
  const [open, setOpen] = useState(false);
  const [doubtful, setDoubtful] = useState<{ report: Report; problems: string[] } | null>(null);

  /** A report of another 机关 or not of year − 1 is linked only when the user says so. */
  const pick = (report: Report) => {
    const problems = linkProblems(engine.currentReport(), report);
    if (problems.length === 0) link(report);
    else setDoubtful({ report, problems });
  };

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
      <LinkSummary lastYear={lastYear} />
      <LinkButtons
        lastYear={lastYear}
        onChoose={() => {
          setOpen(true);
        }}
      />
      <LastYearDialog
        open={open}
        currentId={currentId}
        onPick={pick}
        onClose={() => {
          setOpen(false);
        }}
      />
      {doubtful && (
        <ConfirmDialog
          open
          title="上年报告可能选错了"
          cancelLabel="取消，重新选择"
          onClose={() => {
            setDoubtful(null);
          }}
          actions={[
            {
              label: '仍然关联',
              onClick: () => {
                const { report } = doubtful;
                setDoubtful(null);
                link(report);
              },
            },
          ]}
        >
          <ul className="link-problems" role="alert">
            {doubtful.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          <p>关联后，上年结转和跨年度检查都按这份报告进行。</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

/** Which report is linked, and what the link does; or what linking would do. */
function LinkSummary({ lastYear }: { lastYear: LastYearLink | undefined }) {
  return lastYear ? (
    <p>
      已关联上年报告：
      <strong>
        {lastYear.org} {lastYear.year}年（{getTemplate(lastYear.template).name}）
      </strong>
      。表三“二、上年结转”可按其“四、结转下年度继续办理”填写，并检查上年结转、规范性文件存量和正文重复率。
    </p>
  ) : (
    <p className="hint">关联上年报告后，可自动填写上年结转，并检查与上年报告的衔接。</p>
  );
}

/** 关联 (or 更换) 上年报告, and with one linked: fill 上年结转 from it, or unlink it. */
function LinkButtons({
  lastYear,
  onChoose,
}: {
  lastYear: LastYearLink | undefined;
  onChoose: () => void;
}) {
  const engine = useEditor();
  return (
    <div className="dialog-actions left">
      <button type="button" onClick={onChoose}>
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
  );
}
