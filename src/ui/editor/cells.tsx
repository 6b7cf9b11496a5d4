import { memo } from 'react';
import { useFormState, useWatch } from 'react-hook-form';
import { computeTotal, type CellInfo } from '../../core';
import { useEditor } from './editor-context';

/** A typed number cell: text input, parsed by the core; an invalid value is marked, never cleared. */
export const CellInput = memo(function CellInput({
  info,
  colSpan,
}: {
  info: CellInfo;
  colSpan: number | undefined;
}) {
  const { form } = useEditor();
  const name = `cells.${info.id}` as const;
  const { errors } = useFormState({ control: form.control, name, exact: true });
  const error = errors.cells?.[info.id]?.message;
  return (
    <td colSpan={colSpan} className={error ? 'cell invalid' : 'cell'}>
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
