import { memo } from 'react';
import { useFormState } from 'react-hook-form';
import type { TemplateId } from '../../core';
import { useEditor } from './state/use-editor-state';
import { OrgTypeOptions, TemplateOptions } from '../select-options';
import { useYearGuard } from './last-year/year-guard';

/** 基本信息: 机关名称, 报告年度, 机关类型, 成文日期, 署名 and the format. */
export const MetaForm = memo(function MetaForm({
  onTemplate,
}: {
  onTemplate: (id: TemplateId) => void;
}) {
  const { form, template } = useEditor();
  const { errors } = useFormState({ control: form.control, name: 'meta' });
  const fieldError = (key: 'org' | 'year') => errors.meta?.[key]?.message;
  const yearGuard = useYearGuard();
  return (
    <div className="meta-grid">
      {yearGuard.dialog}
      <label>
        机关名称
        <input
          {...form.register('meta.org')}
          aria-invalid={fieldError('org') ? true : undefined}
          placeholder="如：某某镇人民政府"
        />
        {fieldError('org') && <span className="field-error">{fieldError('org')}</span>}
      </label>
      <label>
        报告年度
        <input
          {...form.register('meta.year', { onBlur: yearGuard.onBlur })}
          inputMode="numeric"
          aria-invalid={fieldError('year') ? true : undefined}
        />
        {fieldError('year') && <span className="field-error">{fieldError('year')}</span>}
      </label>
      <label>
        机关类型
        <select {...form.register('meta.orgType')}>
          <OrgTypeOptions />
        </select>
      </label>
      <label>
        报告格式
        <select
          name="meta.template"
          value={template.id}
          onChange={(e) => {
            onTemplate(e.target.value as TemplateId);
          }}
        >
          <TemplateOptions />
        </select>
      </label>
      <label>
        成文日期（可选）
        <input type="date" {...form.register('meta.date')} />
      </label>
      <label>
        署名（可选）
        <input {...form.register('meta.signature')} placeholder="默认为机关名称" />
      </label>
    </div>
  );
});
