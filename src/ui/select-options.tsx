import { ORG_TYPE_LABELS, ORG_TYPES, TEMPLATES } from '../core';

/** The options of a 机关类型 select, with "not chosen" first. */
export function OrgTypeOptions() {
  return (
    <>
      <option value="">（未选择）</option>
      {ORG_TYPES.map((t) => (
        <option key={t} value={t}>
          {ORG_TYPE_LABELS[t]}
        </option>
      ))}
    </>
  );
}

/** The options of a 报告格式 select: every supported format. */
export function TemplateOptions() {
  return (
    <>
      {TEMPLATES.map((t) => (
        <option key={t.id} value={t.id}>
          {t.name}
        </option>
      ))}
    </>
  );
}
