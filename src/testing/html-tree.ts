/** Walking a parse5 tree in tests: every element, the text below a node, an attribute. */
import type { DefaultTreeAdapterTypes } from 'parse5';

export type Element = DefaultTreeAdapterTypes.Element;
export type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** Every element below a node, in document order. */
export function elements(node: ParentNode): Element[] {
  return node.childNodes.flatMap((child) =>
    'tagName' in child ? [child, ...elements(child)] : [],
  );
}

/** All text below a node. */
export function deepText(node: ParentNode): string {
  return node.childNodes
    .map((child) =>
      child.nodeName === '#text' && 'value' in child
        ? child.value
        : 'childNodes' in child
          ? deepText(child)
          : '',
    )
    .join('');
}

/** An attribute's value. */
export const attr = (e: Element | undefined, name: string): string | undefined =>
  e?.attrs.find((a) => a.name === name)?.value;
