/**
 * The ordered pool with real worker threads (src/testing/pool-test-worker.ts): results in order,
 * work shared with the calling thread, a hung thread ended and its item tried again alone, a dead
 * thread failing only its item, a worker that cannot load ending the run.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { work, type PoolTestItem, type PoolTestResult } from '../testing/pool-test-worker';
import { runOrdered } from './ordered-pool';

const MODULE = new URL('../testing/pool-test-worker.ts', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'gongkai-pool-'));
let runs = 0;

/** Run the pool over `items`; resolves with the results and the log of starts and ends. */
async function run(items: PoolTestItem[], jobs = 3, local = true) {
  // This thread takes the even items only: the odd ones wait for a worker.
  const log = join(dir, `log-${runs++}`);
  writeFileSync(log, '');
  const results: PoolTestResult[] = [];
  for await (const result of runOrdered<PoolTestItem, PoolTestResult>({
    items,
    jobs,
    module: MODULE,
    data: { log },
    // Long enough for a loaded machine to answer a 30 ms item; the hanging ones take this long.
    hangMillis: 3_000,
    failed: (item, why) => ({ value: -item.value, thread: -1, why }),
    timedOut: (result) => result.timedOut === true,
    ...(local
      ? {
          local: {
            takes: (item) => item.value % 2 === 0 && item.hang === undefined && !item.crash,
            run: (item) => work(item, log),
          },
        }
      : {}),
    window: 8,
  })) {
    results.push(result);
  }
  return { results, log: readFileSync(log, 'utf8').trim().split('\n') };
}

const plain = (n: number): PoolTestItem[] =>
  Array.from({ length: n }, (_, value) => ({ value, sleep: (value * 7) % 30 }));

describe('runOrdered', () => {
  it('hands back every result in order, the work shared between this thread and the workers', async () => {
    const { results } = await run(plain(40));
    expect(results.map((r) => r.value)).toEqual(plain(40).map((item) => item.value * 2));
    const threads = new Set(results.map((r) => r.thread));
    expect(threads.has(threadId)).toBe(true);
    expect(threads.size).toBeGreaterThan(1);
  });

  it('gives all the jobs to workers when this thread takes none of the items', async () => {
    // Odd items only (this thread takes even ones), each long enough for the second worker to load.
    const items = Array.from({ length: 12 }, (_, i) => ({ value: 2 * i + 1, sleep: 400 }));
    const { results } = await run(items, 2);
    expect(results.map((r) => r.value)).toEqual(items.map((item) => item.value * 2));
    const threads = new Set(results.map((r) => r.thread));
    expect(threads.has(threadId)).toBe(false);
    expect(threads.size).toBe(2);
  });

  it('ends a thread that hangs, and tries its item again once with nothing else running', async () => {
    const items = plain(12);
    items[5] = { value: 5, hang: join(dir, 'hang-once') };
    const { results, log } = await run(items);
    expect(results.map((r) => r.value)).toEqual(items.map((item) => item.value * 2));
    // Tried twice; when it started again, every other item that had started had ended.
    const starts = log.flatMap((line, i) => (line === 'start 5' ? [i] : []));
    expect(starts).toHaveLength(2);
    const before = log.slice(0, starts[1]);
    for (const line of before.filter((l) => l.startsWith('start ') && l !== 'start 5')) {
      expect(before).toContain(line.replace('start', 'end'));
    }
  });

  it('reports an item that hangs on both tries as failed, and goes on', async () => {
    const items = plain(6);
    items[2] = { value: 2, hang: 'always' };
    const { results } = await run(items, 2);
    expect(results.map((r) => r.value)).toEqual([0, 2, -2, 6, 8, 10]);
    expect(results[2]).toMatchObject({ why: 'hang' });
  });

  it('lets an item run past the clock while it says after each step that it is still at work', async () => {
    // Four steps of 1.2 s: 4.8 s in all against a 3 s clock, never 3 s without a word.
    const items = plain(4);
    items[1] = { value: 1, sleep: 1_200, steps: 4 };
    const { results, log } = await run(items, 2);
    expect(results.map((r) => r.value)).toEqual([0, 2, 4, 6]);
    expect(log.filter((line) => line === 'start 1')).toHaveLength(1);
  });

  it('tries once more an item whose result says a clock stopped it', async () => {
    const items = plain(6);
    items[3] = { value: 3, timedOutOnce: join(dir, 'timed-out-once') };
    const { results, log } = await run(items, 2, false);
    expect(results.map((r) => r.value)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(log.filter((line) => line === 'start 3')).toHaveLength(2);
  });

  it('fails only the item of a thread that dies', async () => {
    const items = plain(6);
    items[1] = { value: 1, crash: true };
    const { results } = await run(items, 2);
    expect(results.map((r) => r.value)).toEqual([0, -1, 4, 6, 8, 10]);
    expect(results[1]).toMatchObject({ why: 'crash' });
  });

  it('ends the run with a message when no worker can load', async () => {
    const broken = runOrdered({
      items: [1, 2, 3],
      jobs: 2,
      module: new URL('./no-such-module.ts', import.meta.url),
      hangMillis: 3_000,
      failed: () => 0,
      timedOut: () => false,
    });
    await expect(broken.next()).rejects.toThrow(/无法启动检查线程/);
  });
});
