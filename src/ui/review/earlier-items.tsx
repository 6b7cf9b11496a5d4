import { EARLIER_LABELS, formatDate } from '../../core';
import type { ReviewRow } from './review-row';

/**
 * What became of the last 审核意见's items: fixed (its cells changed and the rule no longer finds
 * it), answered (the unit's words), or open — from the opinion the report carries back with the
 * clerk's answers, or the one on its earlier version in the batch.
 */
export function EarlierItems({ earlier }: { earlier: ReviewRow['earlier'] }) {
  if (!earlier || earlier.items.length === 0) return null;
  const { opinion, items } = earlier;
  return (
    <section className="earlier-items" aria-label="上次审核意见的整改情况">
      <h3>
        上次审核意见的整改情况
        <span className="hint">
          {' '}
          （{opinion.issuer || '审核单位'}
          {opinion.date ? ` ${formatDate(opinion.date)}` : ''}，针对“{opinion.report.file}”）
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
