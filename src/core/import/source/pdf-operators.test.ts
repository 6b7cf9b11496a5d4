import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { OperatorCounter } from './pdf-operators';

const count = (...chunks: string[]) => {
  const counter = new OperatorCounter();
  for (const chunk of chunks) counter.push(strToU8(chunk, true));
  counter.end();
  return counter.count;
};

describe('OperatorCounter', () => {
  it('counts operators, not numbers, names, strings, dictionaries or comments', () => {
    expect(count('BT /F1 12 Tf 72 720 Td (abc) Tj ET')).toBe(5);
    expect(count('q 1 0 0 1 0 0 cm /Im0 Do Q')).toBe(4);
    expect(count('BT [(a) -250 (b)] TJ <4e2d> Tj ET')).toBe(4);
    expect(count('/P <</MCID 0>> BDC % a comment Tj Tj\nEMC')).toBe(2);
    expect(count("BT (it's \\) (nested) Tj) ' (x) \" ET")).toBe(4);
    expect(count('true false null 0.5 -3 +2 .5')).toBe(0);
  });

  it('counts the same however the stream is cut into chunks', () => {
    const text = 'BT /F1 12 Tf 72 720 Td (ab(c)) Tj <<>> <00ff> TJ ET\n'.repeat(50);
    const whole = count(text);
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks = [];
      for (let at = 0; at < text.length; at += size) chunks.push(text.slice(at, at + size));
      expect(count(...chunks), `chunks of ${size}`).toBe(whole);
    }
    expect(whole).toBe(50 * 6);
  });

  it('skips inline image data, whatever bytes it holds', () => {
    expect(count('q BI /W 2 /H 1 /BPC 8 /CS /G ID (Tj Tj Tj\xff\x00 Tj EI Q')).toBe(5);
  });
});
