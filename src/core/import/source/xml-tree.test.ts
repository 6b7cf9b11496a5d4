import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { isElement, parseXml, UnfinishedXmlError, type XmlNode } from './xml-tree';

/** The tree as plain data: elements by name, attributes and children; text as strings. */
const plain = (nodes: readonly XmlNode[]): unknown[] =>
  nodes.map((n) => (isElement(n) ? { [n.name]: [n.attrs, plain(n.children)] } : n.text));

describe('parseXml', () => {
  it('keeps elements, attributes and text in document order, with namespaced names', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<w:document xmlns:w="urn:w"><w:body><w:p w:rsidR="00A1"><w:r><w:t xml:space="preserve"> 一 </w:t></w:r>' +
      '<w:r><w:tab/><w:t>二</w:t></w:r></w:p></w:body></w:document>';
    expect(plain(parseXml(xml))).toEqual([
      '\n',
      {
        'w:document': [
          { 'xmlns:w': 'urn:w' },
          [
            {
              'w:body': [
                {},
                [
                  {
                    'w:p': [
                      { 'w:rsidR': '00A1' },
                      [
                        { 'w:r': [{}, [{ 'w:t': [{ 'xml:space': 'preserve' }, [' 一 ']] }]] },
                        { 'w:r': [{}, [{ 'w:tab': [{}, []] }, { 'w:t': [{}, ['二']] }]] },
                      ],
                    ],
                  },
                ],
              ],
            },
          ],
        ],
      },
    ]);
  });

  it('decodes entities and character references, and joins a run of text split by them', () => {
    const [t] = parseXml(
      '<t a="&quot;x&amp;y&quot;">1 &lt; 2 &#x4E2D;&#25991; <![CDATA[<b>]]> end<!-- c --></t>',
    );
    expect(t && isElement(t) ? t.attrs : undefined).toEqual({ a: '"x&y"' });
    expect(t && isElement(t) ? t.children : undefined).toEqual([{ text: '1 < 2 中文 <b> end' }]);
  });

  it('reads CR LF and a lone CR in text as LF, as XML defines line ends', () => {
    const [t] = parseXml('<t>a\r\nb\rc\nd</t>');
    expect(t && isElement(t) ? t.children : undefined).toEqual([{ text: 'a\nb\nc\nd' }]);
  });

  it('refuses a document nested deeper than the limit', () => {
    const depth = LIMITS.xmlDepth + 1;
    const xml = '<a>'.repeat(depth) + '</a>'.repeat(depth);
    expect(() => parseXml(xml)).toThrow(/嵌套超过 256 层/);
    const ok = '<a>'.repeat(LIMITS.xmlDepth) + '</a>'.repeat(LIMITS.xmlDepth);
    expect(parseXml(ok)).toHaveLength(1);
  });

  it('refuses a document cut off inside an element, wherever the cut falls', () => {
    const whole =
      '<w:document><w:body><w:p><w:r><w:t xml:space="preserve">一二</w:t></w:r><!-- c --></w:p></w:body></w:document>';
    expect(parseXml(whole)).toHaveLength(1);
    // (Cut inside the first tag, or before it, there is no element at all.)
    for (let cut = 0; cut < whole.length; cut++) {
      expect(() => parseXml(whole.slice(0, cut)), whole.slice(0, cut)).toThrow(UnfinishedXmlError);
    }
  });
});
