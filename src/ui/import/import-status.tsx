/** What an import is doing: reading (with a cancel button), failed with its reason, or cancelled. */
export type ImportStatusState =
  | { step: 'reading'; source: string }
  | { step: 'failed'; source: string; message: string }
  | { step: 'cancelled'; source: string };

export function ImportStatus({
  state,
  onCancel,
}: {
  state: ImportStatusState;
  onCancel: () => void;
}) {
  switch (state.step) {
    case 'reading':
      return (
        <p role="status">
          正在读取{state.source}…{' '}
          <button type="button" onClick={onCancel}>
            取消读取
          </button>
        </p>
      );
    case 'failed':
      return (
        <p className="form-error" role="alert">
          无法导入{state.source}：{state.message}
          {/[。！？]$/.test(state.message) ? '' : '。'}草稿未作任何改动。
        </p>
      );
    case 'cancelled':
      return <p role="status">已取消读取{state.source}，草稿未作任何改动。</p>;
  }
}
