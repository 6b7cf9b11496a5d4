import { useEffect, useState } from 'react';
import type { Report } from '../../core';
import type { Example } from '../examples';

/**
 * The example reports, loaded after the page is up: their ~55 KB of JSON are not part of the
 * first load (issue 13), and the list follows a moment later.
 */
function useExamples(): readonly Example[] | null | undefined {
  const [examples, setExamples] = useState<readonly Example[] | null>();
  useEffect(() => {
    let live = true;
    import('../examples').then(
      ({ EXAMPLES }) => {
        if (live) setExamples(EXAMPLES);
      },
      () => {
        if (live) setExamples(null);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return examples;
}

/** 载入示例: the shipped example reports, each opened as a new draft. */
export function ExamplesSection({
  onCreate,
}: {
  onCreate: (report: Report, label: string) => void;
}) {
  const examples = useExamples();
  return (
    <section className="panel" aria-labelledby="examples-heading">
      <h2 id="examples-heading">载入示例</h2>
      <p className="hint">
        五份真实的2020年度报告（2019年格式）和一份完整的2021年格式示例，载入后作为新草稿打开。
      </p>
      {examples === undefined ? (
        <p>正在载入示例…</p>
      ) : examples === null ? (
        <p className="form-error">示例未能载入，请刷新页面后再试。</p>
      ) : (
        <ul className="examples">
          {examples.map((example) => (
            <li key={example.label}>
              <button
                type="button"
                onClick={() => {
                  onCreate(structuredClone(example.report), example.label);
                }}
              >
                载入示例：{example.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
