/**
 * Work over many items on several threads, results handed back in the items' order as soon as
 * each one's turn comes — so a batch streams its output from the first file on, and prints the
 * same as one thread would. Work runs at most `window` items ahead of the oldest unfinished one,
 * so the results held for their turn stay few whatever the batch's size.
 *
 * `jobs` threads work: the calling thread (`local`, for the items it `takes`) and worker threads
 * for the rest (all `jobs` of them when the calling thread takes none). The calling thread starts on the first item at once and the workers start after
 * it (each loads tsx and the core, which on a busy machine would slow that first item): the first
 * result comes as soon as one job alone would give it, and one thread fewer is started.
 *
 * A worker busy with one item longer than `hangMillis` without saying it is still at work (a
 * scan posts `alive` after each page it reads: five pages may take minutes on a busy machine) is ended (the last resort against a hang:
 * a worker thread can be stopped even in a loop that never yields) and a fresh one takes its
 * place; such an item, or one whose result says a clock stopped it, is tried once more with
 * nothing else running before its failure stands. Items that could hang that way (PDFs, read by
 * a third-party parser) are for the workers only.
 */
import { Worker } from 'node:worker_threads';

/** Runs a TypeScript worker module through tsx: a new thread does not have the CLI's tsx hooks. */
const ENTRY = new URL('./worker-entry.js', import.meta.url);

/**
 * A worker thread running `module`. In the CLI's bundle (bin/cli-bundle.js) this code is
 * JavaScript and each worker module is a `.js` file beside it, run as it is; from the sources
 * the thread registers tsx first (worker-entry.js).
 */
function startWorker(module: URL, data: unknown): Worker {
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL(module.href.replace(/\.ts$/, '.js')), { workerData: { data } });
  }
  return new Worker(ENTRY, { workerData: { module: module.href, data } });
}

export interface PoolOptions<T, R> {
  readonly items: readonly T[];
  /** How many threads work at once, the calling thread included when `local` is given. */
  readonly jobs: number;
  /** The module each worker runs (check-worker.ts is the model: it posts `ready`, then answers). */
  readonly module: URL;
  /** Given to each worker's module as `workerData.data`. */
  readonly data?: unknown;
  readonly hangMillis: number;
  /** The result of an item whose worker was ended by the clock (`hang`) or died (`crash`). */
  readonly failed: (item: T, why: 'hang' | 'crash', detail: string) => R;
  /** Whether a result says a clock stopped the item. */
  readonly timedOut: (result: R) => boolean;
  /** The calling thread's share: the items it may take, and how it works on one. */
  readonly local?: { readonly takes: (item: T) => boolean; readonly run: (item: T) => Promise<R> };
  readonly window?: number;
}

/**
 * What a worker posts: that it has loaded, that it is still at work on an item (a scan's page
 * read: the item's clock starts again), or an item's result.
 */
export type FromWorker<R> =
  | { readonly ready: true }
  | { readonly index: number; readonly alive: true }
  | { readonly index: number; readonly result: R };

/** What a worker is sent: an item to work on. */
export interface ToWorker<T> {
  readonly index: number;
  readonly item: T;
}

interface Slot {
  readonly worker: Worker;
  ready: boolean;
  task?: { readonly index: number; readonly timer: NodeJS.Timeout };
}

/** The items' results, in order, as each one's turn comes. */
export async function* runOrdered<T, R>(options: PoolOptions<T, R>): AsyncGenerator<R> {
  const pool = new OrderedPool(options);
  try {
    for (let index = 0; index < options.items.length; index++) yield await pool.result(index);
  } finally {
    await pool.close();
  }
}

class OrderedPool<T, R> {
  private readonly slots = new Set<Slot>();
  private readonly results = new Map<number, R>();
  /** Items a clock stopped once, waiting to be tried again with nothing else running. */
  private readonly again: number[] = [];
  private readonly tried = new Set<number>();
  private next = 0;
  private emitted = 0;
  private fatal: Error | undefined;
  private wake: () => void = () => undefined;
  private started = false;
  private closed = false;
  private localBusy = false;

  constructor(private readonly options: PoolOptions<T, R>) {
    const first = options.items[0];
    if (first !== undefined && options.local?.takes(first)) this.runLocally(this.next++);
    else this.start();
  }

  /** The result of item `index` once it is there (the items before it have been taken). */
  async result(index: number): Promise<R> {
    for (;;) {
      if (this.fatal) throw this.fatal;
      const result = this.results.get(index);
      if (result !== undefined) {
        this.results.delete(index);
        this.emitted = index + 1;
        this.pump();
        return result;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) if (slot.task) clearTimeout(slot.task.timer);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private start(): void {
    if (this.started || this.closed) return;
    this.started = true;
    // The calling thread counts as a job only when it has items to take: a batch of PDFs alone
    // (which only workers read) gets `jobs` workers, not one fewer beside an idle thread.
    const { local, items } = this.options;
    const workers = this.options.jobs - (local && items.some((item) => local.takes(item)) ? 1 : 0);
    for (let i = 0; i < Math.max(1, Math.min(workers, this.options.items.length)); i++) {
      this.spawn();
    }
    this.pump();
  }

  private spawn(): void {
    if (this.closed) return;
    const worker = startWorker(this.options.module, this.options.data);
    const slot: Slot = { worker, ready: false };
    this.slots.add(slot);
    worker.on('message', (message: FromWorker<R>) => {
      if ('ready' in message) slot.ready = true;
      else if ('alive' in message) this.rewind(slot, message.index);
      else this.settle(slot, message.index, message.result);
      this.pump();
    });
    worker.on('error', (error) => {
      this.lost(slot, error.message);
    });
    worker.on('exit', (code) => {
      this.lost(slot, `后台线程意外退出（${code}）`);
    });
  }

  /** A worker died: its item fails and a fresh one takes its place; one that never loaded ends the run. */
  private lost(slot: Slot, detail: string): void {
    if (!this.slots.delete(slot)) return;
    if (!slot.ready) {
      this.fatal = new Error(`无法启动检查线程：${detail}`);
      this.wake();
      return;
    }
    const task = slot.task;
    if (task) {
      clearTimeout(task.timer);
      this.settle(
        undefined,
        task.index,
        this.options.failed(this.item(task.index), 'crash', detail),
      );
    }
    this.spawn();
    this.pump();
  }

  private item(index: number): T {
    return this.options.items[index] as T;
  }

  /** An item's result: kept for its turn, or (stopped by a clock the first time) queued to try again. */
  private settle(slot: Slot | undefined, index: number, result: R | undefined): void {
    if (slot?.task) {
      clearTimeout(slot.task.timer);
      slot.task = undefined;
    }
    if (result === undefined || (this.options.timedOut(result) && !this.tried.has(index))) {
      this.tried.add(index);
      this.again.push(index);
    } else {
      this.results.set(index, result);
      this.wake();
    }
  }

  /** The clock ran out on a worker: end it, start another, and try the item again alone. */
  private hung(slot: Slot, index: number): void {
    if (!this.slots.delete(slot)) return;
    slot.task = undefined;
    void slot.worker.terminate();
    const failed = this.tried.has(index);
    this.settle(
      undefined,
      index,
      failed ? this.options.failed(this.item(index), 'hang', '') : undefined,
    );
    this.spawn();
    this.pump();
  }

  /** Hand out work in order; an item to try again goes alone, once every thread is idle. */
  private pump(): void {
    const idle = [...this.slots].filter((slot) => slot.ready && !slot.task);
    if (this.again.length > 0) {
      const busy = this.localBusy || [...this.slots].some((slot) => slot.task);
      const index = this.again[0];
      const slot = idle[0];
      if (busy || index === undefined || !slot) return;
      this.again.shift();
      this.send(slot, index);
      return;
    }
    const window = this.options.window ?? 256;
    const more = () => this.next < this.options.items.length && this.next < this.emitted + window;
    if (more() && !this.localBusy && this.options.local?.takes(this.item(this.next))) {
      this.runLocally(this.next++);
    }
    for (const slot of idle) {
      if (!more()) return;
      this.send(slot, this.next++);
    }
  }

  private runLocally(index: number): void {
    const local = this.options.local;
    if (!local) return;
    this.localBusy = true;
    void local.run(this.item(index)).then((result) => {
      this.localBusy = false;
      this.settle(undefined, index, result);
      // The workers start once the first item is done here.
      this.start();
      this.pump();
    });
  }

  /** The worker is still at work on `index` (a long read that moves on): its clock starts again. */
  private rewind(slot: Slot, index: number): void {
    if (slot.task?.index !== index) return;
    clearTimeout(slot.task.timer);
    slot.task = { index, timer: this.clock(slot, index) };
  }

  private clock(slot: Slot, index: number): NodeJS.Timeout {
    return setTimeout(() => {
      this.hung(slot, index);
    }, this.options.hangMillis);
  }

  private send(slot: Slot, index: number): void {
    slot.task = { index, timer: this.clock(slot, index) };
    const message: ToWorker<T> = { index, item: this.item(index) };
    slot.worker.postMessage(message);
  }
}
