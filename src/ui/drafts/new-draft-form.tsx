import { useState, type SyntheticEvent } from 'react';
import {
  createReport,
  getTemplate,
  templateIdForYear,
  type OrgType,
  type Report,
  type TemplateId,
} from '../../core';
import { OrgTypeOptions, TemplateOptions } from '../select-options';
import { useUpdateGuard } from '../update/use-update-guard';

/** Last year: reports are written in January for the year before. */
function defaultYear(): number {
  return new Date().getFullYear() - 1;
}

/** 新建报告: 机关名称, 报告年度, 机关类型, 成文日期; the format follows the year unless chosen. */
export function NewDraftForm({ onCreate }: { onCreate: (report: Report) => void }) {
  const [org, setOrg] = useState('');
  const [year, setYear] = useState(String(defaultYear()));
  const [orgType, setOrgType] = useState<OrgType | ''>('');
  const [date, setDate] = useState('');
  const [format, setFormat] = useState<TemplateId | 'auto'>('auto');
  const [error, setError] = useState('');
  // What is typed here is in no draft yet: no update takes over while the form is filled in.
  useUpdateGuard(org.trim() !== '' || date !== '');

  const yearNumber = Number(year);
  const validYear = /^\d{4}$/.test(year.trim()) && yearNumber >= 2008 && yearNumber <= 2100;
  const autoTemplate = getTemplate(templateIdForYear(validYear ? yearNumber : defaultYear()));

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!org.trim()) {
      setError('请填写机关名称。');
      return;
    }
    if (!validYear) {
      setError('报告年度应为四位数字，如 2024。');
      return;
    }
    setError('');
    onCreate(
      createReport({
        org: org.trim(),
        year: yearNumber,
        ...(orgType ? { orgType } : {}),
        ...(date ? { date } : {}),
        ...(format !== 'auto' ? { template: format } : {}),
      }),
    );
  };

  return (
    <form className="new-draft" onSubmit={submit} aria-label="新建报告">
      <h2>新建报告</h2>
      <div className="meta-grid">
        <label>
          机关名称
          <input
            value={org}
            onChange={(e) => {
              setOrg(e.target.value);
            }}
            placeholder="如：某某镇人民政府"
          />
        </label>
        <label>
          报告年度
          <input
            value={year}
            inputMode="numeric"
            onChange={(e) => {
              setYear(e.target.value);
            }}
          />
        </label>
        <label>
          机关类型
          <select
            value={orgType}
            onChange={(e) => {
              setOrgType(e.target.value as OrgType | '');
            }}
          >
            <OrgTypeOptions />
          </select>
        </label>
        <label>
          成文日期（可选）
          <input
            type="date"
            value={date}
            onChange={(e) => {
              setDate(e.target.value);
            }}
          />
        </label>
        <label>
          报告格式
          <select
            value={format}
            onChange={(e) => {
              setFormat(e.target.value as TemplateId | 'auto');
            }}
          >
            <option value="auto">按年度自动（{autoTemplate.name}）</option>
            <TemplateOptions />
          </select>
        </label>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        创建并开始填写
      </button>
    </form>
  );
}
