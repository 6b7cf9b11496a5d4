import type { TemplateId } from '../../core';
import { TemplateOptions } from '../select-options';

/** 报告格式: by year (naming the format that year gets) or one chosen by hand. */
export function NewDraftFormatField({
  value,
  autoName,
  onChange,
}: {
  value: TemplateId | 'auto';
  autoName: string;
  onChange: (format: TemplateId | 'auto') => void;
}) {
  return (
    <label>
      报告格式
      <select
        value={value}
        onChange={(e) => {
          onChange(e.target.value as TemplateId | 'auto');
        }}
      >
        <option value="auto">按年度自动（{autoName}）</option>
        <TemplateOptions />
      </select>
    </label>
  );
}
