import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  readonly error: Error | null;
}

/** One view's failure stays in that view: a message and ways out, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode; onHome?: () => void }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('view failed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { onHome } = this.props;
    return (
      <main className="home">
        <div className="form-error" role="alert">
          <p>页面的这一部分出错了：{error.message}</p>
          <p>已保存的草稿不受影响。</p>
        </div>
        <div className="dialog-actions left">
          <button
            type="button"
            onClick={() => {
              window.location.reload();
            }}
          >
            重新载入页面
          </button>
          {onHome && (
            <button
              type="button"
              onClick={() => {
                this.setState({ error: null });
                onHome();
              }}
            >
              返回草稿列表
            </button>
          )}
        </div>
      </main>
    );
  }
}
