import type { TableId } from '../../../core';
import { useEditor, useModes } from '../state/use-editor-state';
import { fillZeros } from '../../../workspace/editor/fill-actions';
import { toggleTotals } from './table-actions';

/** Above a table: 总计手动填写 (表三/表四), 空白填0 and what the last action did. */
export function TableTools({
  id,
  status,
  onStatus,
}: {
  id: TableId;
  status: string;
  onStatus: (message: string) => void;
}) {
  const engine = useEditor();
  const modes = useModes();
  return (
    <div className="table-tools">
      {(id === 't3' || id === 't4') && (
        <label className="switch">
          <input
            type="checkbox"
            checked={modes[id] === 'manual'}
            onChange={() => {
              toggleTotals(engine, id);
            }}
          />
          总计手动填写
        </label>
      )}
      <button
        type="button"
        onClick={() => {
          onStatus(fillZeros(engine, id));
        }}
      >
        空白填0
      </button>
      <span className="table-status" role="status">
        {status}
      </span>
    </div>
  );
}
