import { describe, expect, it } from 'vitest';
import { ocrOrgNotes } from './ocr-orgs';

describe('check: an OCR-read 机关名称 beside the batch', () => {
  it('names the near name of another file (沐阳 → 沭阳), only for names OCR read', () => {
    const notes = ocrOrgNotes([
      { file: 'scan.pdf', org: '沐阳县人民政府办公室', ocr: true },
      { file: 'a.docx', org: '沭阳县人民政府办公室', ocr: false },
      { file: 'b.docx', org: '沐阳县教育局', ocr: false },
      { file: 'c.docx', org: '沭阳县教育局', ocr: false },
    ]);
    expect(notes).toEqual([
      '机关名称核对：scan.pdf 的机关名称由 OCR 识别为“沐阳县人民政府办公室”，与本批 a.docx 的“沭阳县人民政府办公室”只差 1 个字，可能是 OCR 认错了字，请对照原件核对。',
    ]);
  });

  it('says nothing when the OCR name is in the batch as read, or nothing is near', () => {
    expect(
      ocrOrgNotes([
        { file: 'scan.pdf', org: '青山镇人民政府', ocr: true },
        { file: 'a.docx', org: '青山镇人民政府', ocr: false },
        { file: 'b.docx', org: '沭阳县财政局', ocr: false },
      ]),
    ).toEqual([]);
  });
});
