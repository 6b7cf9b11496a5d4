import { useState, type SyntheticEvent } from 'react';
import {
  getTemplate,
  templateIdForYear,
  type OrgType,
  type Report,
  type TemplateId,
} from '../../core';
import { reportingYear as defaultYear } from '../reporting-year';
import { OrgTypeOptions } from '../select-options';
import { useUpdateGuard } from '../update/use-update-guard';
import { NewDraftFormatField } from './new-draft-format-field';
import { newDraftReport, validYearOf } from './new-draft-report';

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

  const autoTemplate = getTemplate(templateIdForYear(validYearOf(year) ?? defaultYear()));

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const made = newDraftReport({ org, year, orgType, date, format });
    if (!made.ok) {
      setError(made.message);
      return;
    }
    setError('');
    onCreate(made.report);
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
        <NewDraftFormatField value={format} autoName={autoTemplate.name} onChange={setFormat} />
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
