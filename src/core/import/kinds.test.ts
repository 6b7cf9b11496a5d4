import { describe, expect, it } from 'vitest';
import { inputKind } from './import-any';
import { IMPORT_ACCEPT, importKindsText, IMPORT_KINDS, kindOfExtension } from './kinds';

describe('the one list of import kinds', () => {
  it('gives the pickers every offered extension and importAny the kind of each', () => {
    expect(IMPORT_ACCEPT).toBe(
      '.json,.txt,.docx,.html,.htm,.pdf,.png,.jpg,.jpeg,.doc,.dot,.wps,.wpt,.rtf,.et,.xls',
    );
    for (const { kind, offered, alsoRead = [] } of IMPORT_KINDS)
      for (const ext of [...offered, ...alsoRead]) {
        expect(kindOfExtension(ext.toUpperCase()), ext).toBe(kind);
        expect(inputKind(`报告.${ext}`, new Uint8Array()), ext).toBe(kind);
      }
    expect(kindOfExtension('xlsx')).toBeUndefined();
  });

  it('names the kinds in messages as people call them', () => {
    expect(importKindsText()).toBe(
      '报告文件（.json）、文本（.txt）、Word 文档（.docx）、网页（.html/.htm）、PDF（.pdf）或扫描图片（.png/.jpg）',
    );
  });
});
