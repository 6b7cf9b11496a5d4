import { memo } from 'react';
import { useFormState, useWatch } from 'react-hook-form';
import { cellValue, computeTotal, type CellInfo } from '../../../core';
import { useEditor } from '../state/use-editor-state';

/** A typed number cell: text input, parsed by the core; an invalid value is marked, never cleared. */
export const CellInput = memo(function CellInput({
  info,
  colSpan,
  carried = false,
}: {
  info: CellInfo;
  colSpan: number | undefined;
  /** The value is last year's 结转下年度 figure (shown as carried over, not typed). */
  carried?: boolean;
}) {
  const { form } = useEditor();
  const name = `cells.${info.id}` as const;
  const { errors } = useFormState({ control: form.control, name, exact: true });
  const error = errors.cells?.[info.id]?.message;
  return (
    <td
      colSpan={colSpan}
      className={`cell${error ? ' invalid' : ''}${carried ? ' carried' : ''}`}
      title={carried ? '来自上年报告的“结转下年度继续办理”' : undefined}
    >
      <input
        {...form.register(name)}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        data-cell={info.id}
        aria-label={info.name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `error-${info.id}` : undefined}
        data-carried={carried ? '' : undefined}
      />
      {error && (
        <div className="cell-error" id={`error-${info.id}`} role="alert">
          {error}
        </div>
      )}
    </td>
  );
});

/** A computed total: the sum of its parts as the user types, visibly not typed. */
export const ComputedCell = memo(function ComputedCell({
  info,
  inputs,
}: {
  info: CellInfo;
  inputs: readonly `cells.${string}`[];
}) {
  const { form, template } = useEditor();
  const value = useWatch({
    control: form.control,
    name: inputs,
    compute: (values: string[]) => {
      const byId = new Map(inputs.map((name, i) => [name.slice(6), values[i]]));
      return computeTotal(template, info.id, (id) => byId.get(id));
    },
  });
  const text = value === undefined ? '—' : value === null ? '' : String(value);
  return (
    <td className="cell computed" title="自动计算">
      <input
        type="text"
        readOnly
        tabIndex={-1}
        value={text}
        data-cell={info.id}
        aria-label={`${info.name}（自动计算）`}
      />
    </td>
  );
});

/** A 上年结转 cell while last year's report is linked: marked when it holds last year's figure. */
export const CarriedCellInput = memo(function CarriedCellInput({
  info,
  colSpan,
  lastYearValue,
}: {
  info: CellInfo;
  colSpan: number | undefined;
  lastYearValue: number | null;
}) {
  const { form } = useEditor();
  const carried = useWatch({
    control: form.control,
    name: `cells.${info.id}`,
    compute: (value: string) =>
      value.trim() !== '' && cellValue(value, info.kind) === lastYearValue,
  });
  return <CellInput info={info} colSpan={colSpan} carried={carried} />;
});
