import { Fragment, type ReactNode } from 'react';

/**
 * A table label that breaks between words, never inside one ("商业企业", not "商业企/业"): the
 * label is cut into words with the browser's Chinese word segmenter, a break is allowed between
 * two words only (`<wbr>`), and CSS `word-break: keep-all` forbids the others. Without a segmenter
 * the label is left to the browser's own breaking.
 */
const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('zh', { granularity: 'word' })
    : undefined;

const cache = new Map<string, ReactNode>();

export function labelText(text: string): ReactNode {
  if (!segmenter) return text;
  const known = cache.get(text);
  if (known !== undefined) return known;
  const parts: ReactNode[] = [];
  let wordBefore = false;
  let i = 0;
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    // Between two words only: a break before "，" or after "（" would break the line badly.
    if (isWordLike && wordBefore) parts.push(<wbr key={`b${i}`} />);
    parts.push(<Fragment key={i}>{segment}</Fragment>);
    wordBefore = isWordLike === true;
    i++;
  }
  const node = <span className="words">{parts}</span>;
  cache.set(text, node);
  return node;
}
