import { memo, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import {
  t3Applicants,
  undistributedCells,
  undistributedIn,
  type Undistributed,
} from '../../../core';
import { useEditor } from '../state/use-editor-state';

export const UNDISTRIBUTED_LABEL = '待分配：一 + 二 − 四 − 已填办理结果';

function describe(u: Pick<Undistributed, 'value' | 'invalid'>): {
  text: string;
  state: 'done' | 'open' | 'over' | 'invalid';
  title: string;
} {
  if (u.invalid) return { text: '—', state: 'invalid', title: '有无效的数字，请先改正' };
  if (u.value === 0) return { text: '0 ✓', state: 'done', title: '已全部分配到办理结果' };
  if (u.value > 0)
    return { text: `还差 ${u.value}`, state: 'open', title: `还有 ${u.value} 件未填入办理结果` };
  return { text: `多 ${-u.value}`, state: 'over', title: `办理结果比申请多 ${-u.value} 件` };
}

/**
 * Under 表三: per column, what still has to be distributed over the result rows. It watches only
 * the cells it reads (一, 二, 四 and the result rows) and recomputes only when one of them changes.
 */
export const UndistributedRow = memo(function UndistributedRow({ columns }: { columns: number }) {
  const { form, template } = useEditor();
  const names = useMemo(
    () => undistributedCells(template).map((id) => `cells.${id}` as const),
    [template],
  );
  // One string of the watched texts: the row re-renders only when one of them changes.
  const key = useWatch({
    control: form.control,
    name: names,
    compute: (values: string[]) => values.join('\u0000'),
  });
  const list = useMemo(() => {
    const texts = key.split('\u0000');
    const cells = Object.fromEntries(names.map((name, i) => [name.slice(6), texts[i] ?? '']));
    return undistributedIn(template, cells);
  }, [key, names, template]);
  const applicants = t3Applicants(template).length;
  const total = list.reduce((sum, u) => sum + u.value, 0);
  const allDone = list.every((u) => !u.invalid && u.value === 0);
  // The 总计 column is done only when every column is: +5 in one and −5 in another is not.
  const totalShown = allDone
    ? describe({ value: 0, invalid: false })
    : total === 0 && !list.some((u) => u.invalid)
      ? { text: '0', state: 'open' as const, title: '各列尚未平衡' }
      : describe({ value: total, invalid: list.some((u) => u.invalid) });
  return (
    <tfoot className="undistributed">
      <tr>
        <th scope="row" className="label row" colSpan={columns - applicants - 1}>
          {UNDISTRIBUTED_LABEL}
        </th>
        {list.map((u) => {
          const shown = describe(u);
          return (
            <td
              key={u.column}
              data-undistributed={u.column}
              data-state={shown.state}
              title={shown.title}
              aria-label={`${u.label} 待分配：${shown.title}`}
            >
              {shown.text}
            </td>
          );
        })}
        <td
          data-undistributed="total"
          data-state={totalShown.state}
          title={totalShown.title}
          aria-label={`总计 待分配：${totalShown.title}`}
        >
          {totalShown.text}
        </td>
      </tr>
    </tfoot>
  );
});
