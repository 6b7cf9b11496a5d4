import { useState } from 'react';
import type { Report } from '../../../core';
import { RollForwardDialog } from '../../roll-forward-dialog';
import { rollForwardDraft } from '../../../workspace/drafts';

/** 新建下一年度报告 from `report` (the form as it was when asked); the new draft opens. */
export function RollForward({
  report,
  onClose,
}: {
  report: Report | undefined;
  onClose: () => void;
}) {
  const [error, setError] = useState('');
  return (
    <>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
      {report && (
        <RollForwardDialog
          report={report}
          open
          onClose={onClose}
          onCreate={(next) => {
            rollForwardDraft(next).then(
              (record) => {
                onClose();
                window.location.hash = `#/draft/${record.id}`;
              },
              (failure: unknown) => {
                onClose();
                setError(
                  `无法新建下一年度报告：${failure instanceof Error ? failure.message : String(failure)}`,
                );
              },
            );
          }}
        />
      )}
    </>
  );
}
