import type { ReviewSettings } from '../../workspace/review/review-db';

/** The 汇总's options: its name, the units that must report, and whether to leave out errors. */
export function SummaryForm({
  settings,
  excludeErrors,
  count,
  onSettings,
  onExcludeErrors,
  onSum,
}: {
  settings: ReviewSettings;
  excludeErrors: boolean;
  count: number;
  onSettings: (settings: ReviewSettings) => void;
  onExcludeErrors: (exclude: boolean) => void;
  onSum: () => void;
}) {
  return (
    <form
      className="summary-form"
      aria-label="汇总"
      onSubmit={(e) => {
        e.preventDefault();
        onSum();
      }}
    >
      <label>
        汇总报告的机关名称
        <input
          defaultValue={settings.summaryOrg}
          placeholder="如：某某县（汇总）"
          onBlur={(e) => {
            onSettings({ ...settings, summaryOrg: e.target.value });
          }}
        />
      </label>
      <label>
        应报送单位名单（每行一个，或用顿号分隔）
        <textarea
          rows={3}
          defaultValue={settings.expected}
          onBlur={(e) => {
            onSettings({ ...settings, expected: e.target.value });
          }}
        />
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={excludeErrors}
          onChange={(e) => {
            onExcludeErrors(e.target.checked);
          }}
        />
        排除仍有强制性问题（未说明）的报告
      </label>
      <button type="submit" className="primary" disabled={count === 0}>
        生成汇总（{count} 份）
      </button>
    </form>
  );
}
