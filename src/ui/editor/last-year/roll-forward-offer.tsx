import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { Report } from '../../../core';
import { isPastReport } from '../../reporting-year';
import { RollForward } from './roll-forward-action';
import { useEditor } from '../state/use-editor-state';

/**
 * A draft of a year before the one being written now (last year's report, imported or loaded):
 * the next step is rarely to edit it, but to start this year's from it. Said once at the top of
 * the form, with the action; it can be put away.
 */
export function RollForwardOffer() {
  const { form, currentReport } = useEditor();
  const year = Number(useWatch({ control: form.control, name: 'meta.year' }));
  const [hidden, setHidden] = useState(false);
  const [rollFrom, setRollFrom] = useState<Report | undefined>(undefined);
  if (hidden || !Number.isInteger(year) || !isPastReport(year)) return null;
  return (
    <div className="roll-forward-offer" role="note">
      <p>
        这是 {year} 年度的报告。要编写 {year + 1}{' '}
        年度报告，可以以它为上年报告新建：上年结转自动带出， 上年数字和正文用于核对。
      </p>
      <button
        type="button"
        className="primary"
        onClick={() => {
          setRollFrom(currentReport());
        }}
      >
        以此为上年报告，新建 {year + 1} 年度报告
      </button>
      <button
        type="button"
        onClick={() => {
          setHidden(true);
        }}
      >
        继续编辑本报告
      </button>
      <RollForward
        report={rollFrom}
        onClose={() => {
          setRollFrom(undefined);
        }}
      />
    </div>
  );
}
