/**
 * 通报: the Word draft of the batch's year — the expected list is the desk's (汇总's) setting, the
 * deadline the statute's for each 机关类型 (rules/dates.ts; a local profile can replace it).
 */
import { useState } from 'react';
import { parseOrgList, type BatchIndicators, type IndicatorInput } from '../../../core';
import { download } from '../../../workspace/platform/download';
import { profileCheckOptions } from '../../../workspace/profile/profile-store';
import type { ReviewSettings } from '../../../workspace/review/review-db';
import { today } from '../reviewed-files';
import { barsOption } from './chart-options';
import { chartPng } from './chart-png';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The chart's size in the 通报: the 156 mm 版心 at 96 dpi is 590 px wide. */
const CHART = { width: 560, height: 320 } as const;

export function NoticePanel({
  table,
  files,
  settings,
}: {
  table: BatchIndicators;
  files: readonly IndicatorInput[];
  settings: ReviewSettings;
}) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const expected = parseOrgList(settings.expected);
  const make = async () => {
    setBusy(true);
    setMessage('');
    try {
      const height = Math.max(CHART.height, 60 + 28 * table.units.length);
      const png = await chartPng(barsOption(table, 'disclosure'), CHART.width, height);
      const { renderNoticeDocx } = await import('../../../core/word');
      const bytes = await renderNoticeDocx(
        table,
        files,
        { expected, issuer: settings.reviewer, date: today(), ...profileCheckOptions() },
        png
          ? { type: 'image', png, width: CHART.width, height, alt: '各单位实质公开率' }
          : undefined,
      );
      download(
        `${table.year}年度政府信息公开工作年度报告通报（草稿）.docx`,
        bytes as Uint8Array<ArrayBuffer>,
        DOCX,
      );
      setMessage(
        png ? '已生成通报草稿。' : '已生成通报草稿（此浏览器无法把图表转为图片，通报中未附图表）。',
      );
    } catch (error) {
      setMessage(`生成失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="notice-panel">
      <h3>通报草稿</h3>
      <p className="hint">
        按{table.year}年度的报告生成 Word 通报草稿：报送、未报送（
        {expected.length
          ? `应报送单位名单共${expected.length}个`
          : '未填写应报送单位名单，在下方“汇总”中填写'}
        ）、迟报（成文日期晚于期限：已载入地方要求的按其期限，否则按《条例》第四十九条）、强制性问题、常见问题、指标表和实质公开率图表；数字均取自本批报告，文末列出来源文件。
      </p>
      <button type="button" className="primary" disabled={busy} onClick={() => void make()}>
        {busy ? '正在生成…' : '生成通报（Word）'}
      </button>
      <span role="status" className="hint">
        {message}
      </span>
    </div>
  );
}
