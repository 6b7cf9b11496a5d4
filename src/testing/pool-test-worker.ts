/**
 * A worker for the tests of src/cli/ordered-pool.ts: each item says what to do — answer after a
 * while, loop without end (until a marker file says it ran before), end its thread, or answer
 * that a clock stopped it the first time, or work in steps, saying after each that it is still at it. Every start and end goes to a log file.
 */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { parentPort, threadId, workerData } from 'node:worker_threads';

export interface PoolTestItem {
  readonly value: number;
  readonly sleep?: number;
  /** Loop without end while this file does not exist (it is made on the first try); `always` loops every time. */
  readonly hang?: string;
  readonly crash?: boolean;
  /** Answer `timedOut` while this file does not exist (made on the first try). */
  readonly timedOutOnce?: string;
  /** Work in this many steps of `sleep` ms, posting `alive` after each (like a scan's pages). */
  readonly steps?: number;
}

export interface PoolTestResult {
  readonly value: number;
  readonly thread: number;
  readonly timedOut?: boolean;
  /** Why the pool failed the item (its `failed` result). */
  readonly why?: string;
}

const log = (workerData as { data?: { log?: string } } | null)?.data?.log;

/** Work on one item (also what the calling thread runs, as the pool's `local`). */
export async function work(
  item: PoolTestItem,
  logFile: string,
  alive: () => void = () => undefined,
): Promise<PoolTestResult> {
  appendFileSync(logFile, `start ${item.value}\n`);
  if (item.hang === 'always' || (item.hang !== undefined && !existsSync(item.hang))) {
    if (item.hang !== 'always') writeFileSync(item.hang, '');
    for (;;) {
      // A loop that never yields: only ending the thread stops it.
    }
  }
  if (item.crash) process.exit(3);
  for (let step = 0; step < (item.steps ?? 1); step++) {
    await new Promise((resolve) => setTimeout(resolve, item.sleep ?? 0));
    if (item.steps !== undefined) alive();
  }
  appendFileSync(logFile, `end ${item.value}\n`);
  if (item.timedOutOnce !== undefined && !existsSync(item.timedOutOnce)) {
    writeFileSync(item.timedOutOnce, '');
    return { value: item.value, thread: threadId, timedOut: true };
  }
  return { value: item.value * 2, thread: threadId };
}

const port = parentPort;
if (port && log) {
  port.on('message', ({ index, item }: { index: number; item: PoolTestItem }) => {
    const alive = () => {
      port.postMessage({ index, alive: true });
    };
    void work(item, log, alive).then((result) => {
      port.postMessage({ index, result });
    });
  });
  port.postMessage({ ready: true });
}
