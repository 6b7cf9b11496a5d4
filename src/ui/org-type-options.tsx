import { ORG_TYPE_LABELS, ORG_TYPES } from '../core';

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
