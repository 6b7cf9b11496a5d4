import { EARLIER_LABELS, earlierItems, formatDate } from '../../core';
import type { BatchEntry } from './batch-entry';

/**
 * What became of the last 审核意见's items, when the report came back carrying it with the
 * clerk's answers: fixed (its cells changed and the rule no longer finds it), answered, or open.
 */
export function EarlierItems({ entry }: { entry: BatchEntry }) {
  const earlier = entry.report ? earlierItems(entry.report, entry.findings) : undefined;
  if (!earlier || earlier.items.length === 0) return null;
  const { opinion, items } = earlier;
  return (
    <section className="earlier-items" aria-label="上次审核意见的整改情况">
      <h3>
        上次审核意见的整改情况
        <span className="hint">
          {' '}
          （{opinion.issuer || '审核单位'}
          {opinion.date ? ` ${formatDate(opinion.date)}` : ''}）
        </span>
      </h3>
      <ol>
        {items.map((e) => (
          <li key={e.item.id} className={`earlier earlier-${e.state}`} data-state={e.state}>
            <span className="earlier-state">{EARLIER_LABELS[e.state]}</span>{' '}
            <span className="finding-rule" title={e.item.rule}>
              {e.item.title}
            </span>
            ：{e.item.message}
            {e.answer && <p className="earlier-answer">单位答复：{e.answer}</p>}
            {e.note && <p className="hint">{e.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
