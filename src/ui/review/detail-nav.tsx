/** The opened report's head: its name, where it is in the list, 上一份/下一份 and 关闭. */
export function DetailNav({
  title,
  index,
  total,
  onPrev,
  onNext,
  onClose,
  headingRef,
}: {
  title: string;
  /** Position in the list as shown (−1: not in it, e.g. filtered out). */
  index: number;
  total: number;
  onPrev: (() => void) | undefined;
  onNext: (() => void) | undefined;
  onClose: () => void;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  return (
    <header className="detail-head">
      <h2 id="detail-heading" tabIndex={-1} ref={headingRef}>
        {title}
      </h2>
      <nav className="detail-nav" aria-label="逐份审核">
        {index >= 0 && (
          <span className="detail-position">
            第 {index + 1} / {total} 份
          </span>
        )}
        <button
          type="button"
          disabled={!onPrev}
          onClick={onPrev}
          title="上一份（K 或 Alt+↑）"
          aria-keyshortcuts="K Alt+ArrowUp"
        >
          ↑ 上一份
        </button>
        <button
          type="button"
          disabled={!onNext}
          onClick={onNext}
          title="下一份（J 或 Alt+↓）"
          aria-keyshortcuts="J Alt+ArrowDown"
        >
          ↓ 下一份
        </button>
        <button type="button" onClick={onClose} title="关闭（Esc）" aria-keyshortcuts="Escape">
          关闭
        </button>
      </nav>
    </header>
  );
}
