/**
 * The 帮助 panel's content, loaded when first opened: every rule by level — what it means, an
 * example, its basis, common mistakes, the fix — and the editor's keys.
 */
import { useEffect, useRef } from 'react';
import {
  LEVEL_HINTS,
  LEVEL_LABELS,
  RULES,
  ruleHelp,
  SEVERITY_LABELS,
  type RuleId,
  type Severity,
} from '../../../core';
import type { HelpRequest } from './help-context';
import { EDITOR_KEYS } from './help-keys';

const LEVELS: readonly Severity[] = ['error', 'warning', 'info'];

/** The element id of a rule's entry. */
export const helpEntryId = (rule: RuleId) => `help-${rule}`;

function RuleEntry({ id, open }: { id: RuleId; open: boolean }) {
  const rule = RULES[id];
  const help = ruleHelp(id);
  return (
    <details id={helpEntryId(id)} className="help-rule" open={open} data-rule={id}>
      <summary>{rule.title}</summary>
      <dl>
        <dt>含义</dt>
        <dd>{help.meaning}</dd>
        {help.example && (
          <>
            <dt>示例</dt>
            <dd>{help.example}</dd>
          </>
        )}
        <dt>依据</dt>
        <dd>
          <ul>
            {help.basis.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </dd>
        {help.mistakes.length > 0 && (
          <>
            <dt>常见错误</dt>
            <dd>
              <ul>
                {help.mistakes.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>怎么改</dt>
        <dd>{rule.fix}</dd>
      </dl>
    </details>
  );
}

export function HelpBody({ request }: { request: HelpRequest }) {
  const root = useRef<HTMLDivElement | null>(null);
  // The entry asked for is open, in view, its summary focused; the keys likewise.
  useEffect(() => {
    const target = request.rule
      ? root.current?.querySelector<HTMLElement>(`#${helpEntryId(request.rule)} > summary`)
      : request.topic === 'keys'
        ? root.current?.querySelector<HTMLElement>('#help-keys')
        : undefined;
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [request]);
  const ids = Object.keys(RULES) as RuleId[];
  return (
    <div className="help-body" ref={root}>
      <p>
        每条检查结果都注明级别：<strong>强制性</strong>错误必须改正，否则不能导出正式稿；
        <strong>核实性</strong>警告应当改正，情况属实的可以“填写说明”；<strong>提示性</strong>
        只供参考。点击一条检查结果，光标会转到要改的单元格。
      </p>
      {LEVELS.map((level) => (
        <section key={level} aria-labelledby={`help-level-${level}`}>
          <h3 id={`help-level-${level}`}>
            {SEVERITY_LABELS[level]}（{LEVEL_LABELS[level]}）：{LEVEL_HINTS[level]}
          </h3>
          {ids
            .filter((id) => RULES[id].severity === level)
            .map((id) => (
              <RuleEntry key={id} id={id} open={request.rule === id} />
            ))}
        </section>
      ))}
      <section aria-labelledby="help-keys">
        <h3 id="help-keys" tabIndex={-1}>
          快捷键
        </h3>
        <table className="help-keys">
          <thead>
            <tr>
              <th scope="col">按键</th>
              <th scope="col">作用</th>
            </tr>
          </thead>
          <tbody>
            {EDITOR_KEYS.map(([key, what]) => (
              <tr key={key}>
                <th scope="row">
                  <kbd>{key}</kbd>
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
