import type { Progress } from './use-review-batch';

/** The progress of a running batch, with its cancel button. */
export function BatchProgress({
  progress,
  onCancel,
}: {
  progress: Progress;
  onCancel: () => void;
}) {
  return (
    <div className="batch-progress">
      <label>
        正在读取和检查：{progress.done} / {progress.total}
        <progress value={progress.done} max={progress.total} />
      </label>
      <button type="button" onClick={onCancel}>
        取消
      </button>
    </div>
  );
}
