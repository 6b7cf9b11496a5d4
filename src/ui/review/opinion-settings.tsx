import type { ReviewSettings } from '../../workspace/review/review-db';

/** 发文机关 and 成文日期 of every 审核意见, set once and kept with the desk's settings. */
export function OpinionSettings({
  settings,
  onSettings,
}: {
  settings: ReviewSettings;
  onSettings: (settings: ReviewSettings) => void;
}) {
  return (
    <fieldset className="opinion-settings">
      <legend>审核意见落款</legend>
      <label>
        发文机关
        <input
          defaultValue={settings.reviewer}
          placeholder="如：某某县人民政府办公室"
          onBlur={(e) => {
            if (e.target.value !== settings.reviewer)
              onSettings({ ...settings, reviewer: e.target.value.trim() });
          }}
        />
      </label>
      <label>
        成文日期
        <input
          type="date"
          value={settings.opinionDate}
          onChange={(e) => {
            onSettings({ ...settings, opinionDate: e.target.value });
          }}
        />
      </label>
      {!settings.opinionDate && <span className="hint">未填时为导出当天</span>}
    </fieldset>
  );
}
