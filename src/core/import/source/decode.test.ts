import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeText, isUtf8 } from './decode';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url)));

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode('一、总体情况');
    expect(decodeText(bytes)).toBe('一、总体情况');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe('一、总体情况');
  });

  it('reads UTF-16 with a BOM', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0x4e, 0x01, 0x30]))).toBe('一、');
  });

  it('falls back to GBK when the bytes are not UTF-8', () => {
    const gbk = fixture('import/seed-001-gbk.txt');
    expect(isUtf8(gbk)).toBe(false);
    expect(decodeText(gbk)).toBe(
      readFileSync(
        new URL('../../../fixtures/seeds/001_1e620b80bbedd808.txt', import.meta.url),
        'utf8',
      ),
    );
  });

  it('finds the charset a page declares', () => {
    expect(declaredCharset(fixture('import/page-2019-gbk.html'))).toBe('gb2312');
    expect(declaredCharset(new TextEncoder().encode('<meta charset="UTF-8"><p>x'))).toBe('utf-8');
    expect(declaredCharset(new TextEncoder().encode('<p>x</p>'))).toBeUndefined();
  });
});
