import { describe, expect, it } from 'vitest';
import { pdfLines, type TextPiece } from './pdf-lines';

const piece = (text: string, x: number, y: number, page = 1, size = 10): TextPiece => ({
  page,
  text,
  x,
  y,
  width: text.length * size,
  size,
});

describe('pdfLines', () => {
  it('groups pieces by baseline, top to bottom, left to right, page by page', () => {
    expect(
      pdfLines([
        piece('规章', 0, 700),
        piece('0', 200, 701),
        piece('一、总体情况', 20, 800),
        piece('第二页', 20, 800, 2),
        piece('3', 300, 699.5),
      ]),
    ).toEqual(['一、总体情况', `规章${' '.repeat(38)}0${' '.repeat(19)}3`, '第二页']);
  });

  it('lays a table row out by position: a number’s column is where its x puts it', () => {
    // Size 10: a column is 5 units. Row 二 left its middle cell blank; its 7 stays under 3.
    const lines = pdfLines([
      piece('一、新收', 0, 700),
      piece('1', 100, 700),
      piece('2', 150, 700),
      piece('3', 200, 700),
      piece('二、结转', 0, 680),
      piece('4', 100, 680),
      piece('7', 200, 680),
      piece('9', 150, 660),
    ]);
    expect(lines.map((l) => [...l.matchAll(/\d/g)].map((m) => m.index))).toEqual([
      [20, 30, 40],
      [20, 40],
      [30],
    ]);
  });

  it('puts no space into the gap a PDF writer leaves between Chinese and digits', () => {
    expect(pdfLines([piece('共', 0, 100), piece('15', 13, 100), piece('件', 35, 100)])).toEqual([
      '共15件',
    ]);
    expect(pdfLines([piece('IPV6', 0, 100), piece('ready', 43, 100)])).toEqual(['IPV6 ready']);
  });

  it('drops page numbers and joins a paragraph across them', () => {
    const lines = pdfLines([
      piece('  第一段开头，', 20, 300),
      piece('第一段写满了一整行直到右边', 0, 280),
      piece('— 1 —', 60, 20),
      piece('接着写完。', 0, 800, 2),
      piece('  第二段。', 20, 780, 2),
    ]);
    expect(lines).toEqual(['第一段开头，', '第一段写满了一整行直到右边接着写完。', '第二段。']);
  });

  it('keeps a full line ending in “；” with the unindented line after it', () => {
    const lines = pdfLines([
      piece('开头一句写到了行的右边为止；', 20, 300),
      piece('下一行顶格接着写，写到了行的右边', 0, 280),
      piece('为止。', 0, 260),
      piece('新的一段。', 20, 240),
    ]);
    expect(lines).toEqual([
      '开头一句写到了行的右边为止；下一行顶格接着写，写到了行的右边为止。',
      '新的一段。',
    ]);
  });

  it('reads Kangxi radicals as the ideographs they stand for (Chromium’s PDF of CJK text)', () => {
    // "⼀、本年新收" and a "⽆" cell as Chromium's print of a Noto CJK page maps their glyphs.
    expect(pdfLines([piece('\u2F00、本年新收', 0, 700), piece('\u2F46', 200, 700)])).toEqual([
      `一、本年新收${' '.repeat(34)}无`,
    ]);
  });

  it('reads the radical supplement as ideographs too (人⺠政府, ⻘山, 首⻚: no NFKC mapping)', () => {
    expect(pdfLines([piece('\u2ED8山镇人\u2EA0政府 首\u2EDA', 0, 700)])).toEqual([
      '青山镇人民政府 首页',
    ]);
  });

  it('closes a ruled table cut off at the page margin: its last column stays a column', () => {
    // Three row lines run to x=300; column lines at 0, 100, 200 only (the right border clipped).
    const h = [700, 680, 660].map((y) => ({ page: 1, x1: 0, y1: y, x2: 300, y2: y }));
    const v = [0, 100, 200].map((x) => ({ page: 1, x1: x, y1: 660, x2: x, y2: 700 }));
    const lines = pdfLines(
      [
        piece('自然人', 10, 685),
        piece('3', 150, 685),
        piece('7', 250, 685),
        piece('结转', 10, 665),
        piece('1', 150, 665),
        piece('4', 250, 665),
      ],
      [...h, ...v],
    );
    expect(lines).toEqual(['自然人\t3\t7', '结转\t1\t4']);
  });
});
