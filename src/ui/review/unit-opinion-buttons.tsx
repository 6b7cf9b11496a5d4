import { useState } from 'react';
import type { BatchEntry } from '../../workspace/review/batch-entry';
import {
  downloadUnitOpinion,
  downloadUnitOpinionFile,
  type OpinionContext,
} from './opinion-downloads';

/** The opened report's 审核意见: Word (its data inside) and the data file alone. */
export function UnitOpinionButtons({
  entry,
  context,
}: {
  entry: BatchEntry;
  context: OpinionContext;
}) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  return (
    <p className="unit-opinion">
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setFailure('');
          downloadUnitOpinion(entry, context)
            .catch((error: unknown) => {
              setFailure(`导出失败：${error instanceof Error ? error.message : String(error)}`);
            })
            .finally(() => {
              setBusy(false);
            });
        }}
      >
        {busy ? '正在生成…' : '下载本单位审核意见（Word）'}
      </button>
      {entry.report && (
        <button
          type="button"
          onClick={() => {
            downloadUnitOpinionFile(entry, context);
          }}
          title="供单位在编辑页“导入审核意见”，逐项答复后随报告一并报回"
        >
          下载审核意见数据（.json）
        </button>
      )}
      {!context.settings.reviewer && (
        <span className="hint">尚未填写发文机关（见“审核意见落款”）</span>
      )}
      {failure && (
        <span role="alert" className="form-error">
          {failure}
        </span>
      )}
    </p>
  );
}
