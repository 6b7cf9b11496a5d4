import type { Report } from '../../core';
import { EXAMPLES } from '../examples';

/** 载入示例: the shipped example reports, each opened as a new draft. */
export function ExamplesSection({ onCreate }: { onCreate: (report: Report) => void }) {
  return (
    <section className="panel" aria-labelledby="examples-heading">
      <h2 id="examples-heading">载入示例</h2>
      <p className="hint">
        五份真实的2020年度报告（2019年格式）和一份完整的2021年格式示例，载入后作为新草稿打开。
      </p>
      <ul className="examples">
        {EXAMPLES.map((example) => (
          <li key={example.label}>
            <button
              type="button"
              onClick={() => {
                onCreate(structuredClone(example.report));
              }}
            >
              载入示例：{example.label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
