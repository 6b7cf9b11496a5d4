/** Detection boxes from a probability map, and CTC decoding with the digits-only second reading. */
import { describe, expect, it } from 'vitest';
import { boxesFromMap } from './detect';
import { ctcDecode, digitClasses, looksNumeric, readLine, recognitionClasses } from './recognize';

describe('boxesFromMap', () => {
  it('finds each text region, grows it by the unclip distance and maps it back to the page', () => {
    const [w, h] = [40, 20];
    const map = new Float32Array(w * h);
    for (let y = 5; y < 10; y++) for (let x = 2; x < 12; x++) map[y * w + x] = 0.9;
    for (let y = 5; y < 10; y++) for (let x = 20; x < 30; x++) map[y * w + x] = 0.9;
    map[15 * w + 35] = 0.9; // a speck
    const boxes = boxesFromMap(map, w, h, { sx: 2, sy: 2 });
    expect(boxes).toHaveLength(2);
    const [first] = boxes;
    // 10×5 region, unclip 1.6: grows by 50 × 1.6 / 30 ≈ 2.67 each side; then ×2 to the page.
    expect(first?.left).toBe(0); // grown past the map's edge: clamped
    expect(first?.right).toBeCloseTo((12 + 8 / 3) * 2, 5);
    expect(first?.top).toBeCloseTo((5 - 8 / 3) * 2, 5);
  });
});

describe('recognition decoding', () => {
  const classes = recognitionClasses('0\n1\n2\n7\no\nO\n年\n');
  const digits = digitClasses(classes);
  /** Frames of probabilities, each a map class → probability. */
  const frames = (...list: Record<string, number>[]) => {
    const probs = new Float32Array(list.length * classes.length);
    list.forEach((frame, t) => {
      for (const [c, p] of Object.entries(frame))
        probs[t * classes.length + classes.indexOf(c)] = p;
    });
    return { probs, count: list.length };
  };

  it('collapses repeats and drops blanks', () => {
    const { probs, count } = frames(
      { '1': 0.9 },
      { '1': 0.8 },
      { '': 0.9 },
      { '1': 0.9 },
      { '2': 0.7 },
    );
    expect(ctcDecode(probs, count, classes).text).toBe('112');
  });

  it('reads a cell’s "O" as the digit it most likely is, and keeps words with Chinese', () => {
    const zero = frames({ '': 0.9 }, { O: 0.6, '0': 0.3 }, { '': 0.9 });
    const read = readLine(zero.probs, zero.count, classes, digits);
    expect(read.text).toBe('0');
    // The confidence is the digit's own probability, not the letter's.
    expect(read.confidence).toBeCloseTo(0.3, 5);
    const word = frames({ 年: 0.9 }, { '': 0.9 }, { '2': 0.9 });
    expect(readLine(word.probs, word.count, classes, digits).text).toBe('年2');
  });

  it('takes as numbers only lines of digit-like glyphs', () => {
    expect(looksNumeric('1O')).toBe(true);
    expect(looksNumeric('o')).toBe(true);
    expect(looksNumeric('12.5')).toBe(true);
    expect(looksNumeric('PDF')).toBe(false);
    expect(looksNumeric('第3页')).toBe(false);
  });
});
