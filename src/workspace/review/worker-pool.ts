/**
 * A pool of review workers: tasks queue and go to the next free worker; cancel drops the queue
 * and ends the running tasks (their workers are replaced on the next run).
 */
import { HANG_GUARD_MS, HANG_MESSAGE } from '../../core';
import type { ToWorker, WorkerResult, WorkerTask } from './review-protocol';
import { spawnReviewWorker } from '../platform/spawn-worker';

/** What the pool needs of a worker: a real one, or the single file's page-thread stand-in. */
export interface TaskWorker {
  onmessage: ((event: MessageEvent<WorkerResult>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  terminate(): void;
}

type Job = {
  readonly task: WorkerTask;
  readonly done: (result: WorkerResult) => void;
  readonly fail: () => void;
  timer?: ReturnType<typeof setTimeout>;
};

/**
 * The last resort against a file that hangs a worker (the importers' bounds count work, so only
 * a reader stuck in a loop gets here): the worker is ended and the file marked `timedOut`, which
 * the batch tries once more, alone, at its end.
 */
export const TASK_HANG_MS = HANG_GUARD_MS + 15_000;

function hung(task: WorkerTask): WorkerResult {
  return {
    ...crashed(task, ''),
    ...(task.kind === 'file' ? { error: HANG_MESSAGE, timedOut: true } : {}),
  };
}

/** Workers to run: one per spare core, at least one, at most four. */
function poolSize(): number {
  const cores = navigator.hardwareConcurrency || 2;
  return Math.min(4, Math.max(1, cores - 1));
}

function crashed(task: WorkerTask, why: string): WorkerResult {
  const error = `检查时出错（${why || '后台线程意外中止'}），请单独打开这个文件查看。`;
  if (task.kind === 'check') return { kind: 'check', task: task.task, findings: [] };
  return {
    kind: 'file',
    task: task.task,
    id: `failed-${task.file.name}-${task.file.size}`,
    error,
    notes: [],
    unplaced: [],
    findings: [],
  };
}

/** Post a task; a file goes as its bytes, read when a worker is free and transferred. */
function send(worker: TaskWorker, task: WorkerTask): void {
  if (task.kind !== 'file') {
    worker.postMessage(task);
    return;
  }
  const post = (bytes: ArrayBuffer) => {
    const { task: id, file, profile } = task;
    const message: ToWorker = { kind: 'bytes', task: id, name: file.name, bytes, profile };
    worker.postMessage(message, [bytes]);
  };
  // An unreadable file (moved away since it was picked) goes as no bytes: the import says so.
  task.file.arrayBuffer().then(post, () => {
    post(new ArrayBuffer(0));
  });
}

export class WorkerPool {
  private idle: TaskWorker[] = [];
  private busy = new Map<TaskWorker, Job>();
  private queue: Job[] = [];
  private size = poolSize();
  private created = 0;

  /** Run a task on a worker; rejects when the pool is cancelled first. */
  run(task: WorkerTask): Promise<WorkerResult> {
    return new Promise((done, reject) => {
      this.queue.push({
        task,
        done,
        fail: () => {
          reject(new Error('cancelled'));
        },
      });
      this.next();
    });
  }

  /** Drop every queued and running task. */
  cancel(): void {
    for (const job of this.queue) job.fail();
    this.queue = [];
    for (const [worker, job] of this.busy) {
      clearTimeout(job.timer);
      worker.terminate();
      job.fail();
    }
    this.created -= this.busy.size;
    this.busy.clear();
  }

  /** End every worker (the page is left). */
  dispose(): void {
    this.cancel();
    for (const worker of this.idle) worker.terminate();
    this.idle = [];
    this.created = 0;
  }

  private next(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.created < this.size ? this.create() : undefined);
      const job = worker && this.queue.shift();
      if (!worker || !job) return;
      this.busy.set(worker, job);
      job.timer = setTimeout(() => {
        this.end(worker, hung(job.task));
      }, TASK_HANG_MS);
      send(worker, job.task);
    }
  }

  private create(): TaskWorker {
    this.created++;
    const worker = spawnReviewWorker();
    worker.onmessage = (event: MessageEvent<WorkerResult>) => {
      const job = this.busy.get(worker);
      clearTimeout(job?.timer);
      this.busy.delete(worker);
      this.idle.push(worker);
      job?.done(event.data);
      this.next();
    };
    // A worker that dies (out of memory on a huge file, a script that failed to load) fails its
    // file with a message instead of leaving the batch waiting; a fresh worker takes its place.
    worker.onerror = (event) => {
      event.preventDefault();
      const job = this.busy.get(worker);
      if (job) this.end(worker, crashed(job.task, event.message));
    };
    return worker;
  }

  /** End a worker that failed or hung, with its task's result; a fresh worker takes its place. */
  private end(worker: TaskWorker, result: WorkerResult): void {
    const job = this.busy.get(worker);
    if (!job) return;
    clearTimeout(job.timer);
    this.busy.delete(worker);
    worker.terminate();
    this.created--;
    job.done(result);
    this.next();
  }
}
