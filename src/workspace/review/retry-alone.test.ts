import { describe, expect, it } from 'vitest';
import { retryAlone } from './retry-alone';

interface Read {
  readonly file: string;
  readonly timedOut: boolean;
}

/** A batch of reads that each take `ms`; the files named in `slowOnce` time out on their first try. */
async function batch(files: string[], slowOnce: Set<string>) {
  const log: string[] = [];
  let running = 0;
  const once = retryAlone<Read>(files.length, (r) => r.timedOut);
  const results = await Promise.all(
    files.map((file, i) =>
      once(async () => {
        running++;
        log.push(`start ${file} with ${running - 1} others`);
        await new Promise((resolve) => setTimeout(resolve, 5 + ((i * 7) % 11)));
        running--;
        const timedOut = slowOnce.delete(file);
        log.push(`end ${file}`);
        return { file, timedOut };
      }),
    ),
  );
  return { results, log };
}

describe('retryAlone', () => {
  it('reads a timed-out file again once every other read is done, one at a time', async () => {
    const files = ['a', 'b', 'c', 'd', 'e', 'f'];
    const { results, log } = await batch(files, new Set(['b', 'e']));
    expect(results).toEqual(files.map((file) => ({ file, timedOut: false })));
    const second = (file: string) => log.lastIndexOf(`start ${file} with 0 others`);
    for (const file of ['b', 'e']) {
      expect(log.filter((l) => l.startsWith(`start ${file} `))).toHaveLength(2);
      // The second try came after every first read had ended, with nothing else running.
      expect(second(file)).toBeGreaterThan(Math.max(...files.map((f) => log.indexOf(`end ${f}`))));
    }
    // One after the other: each second try ends before the next starts.
    const [first, , second2] = log.slice(-4);
    const pair = (line: string | undefined) =>
      line?.replace('start ', '').replace(' with 0 others', '');
    expect(log.slice(-4)).toEqual([
      first,
      `end ${pair(first) ?? ''}`,
      second2,
      `end ${pair(second2) ?? ''}`,
    ]);
    expect(new Set([pair(first), pair(second2)])).toEqual(new Set(['b', 'e']));
  });

  it('keeps the second result when it times out again: the file is then reported', async () => {
    const once = retryAlone<Read>(1, (r) => r.timedOut);
    let reads = 0;
    const result = await once(() => Promise.resolve({ file: 'x', timedOut: ++reads > 0 }));
    expect(result.timedOut).toBe(true);
    expect(reads).toBe(2);
  });
});
