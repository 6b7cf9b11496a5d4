/**
 * A batch's second chance for a file that a last-resort clock stopped: on a busy machine that
 * clock can stop a good file, so such a file is read once more when every other file's read is
 * done, one file at a time — alone — before the batch reports it unreadable.
 */

/** Wraps each file's read of a batch of `count`: a read that `timedOut` is done again, alone. */
export function retryAlone<R>(
  count: number,
  timedOut: (result: R) => boolean,
): (read: () => Promise<R>) => Promise<R> {
  let firstReads = count;
  let busy = false;
  const queue: (() => void)[] = [];
  const next = () => {
    if (busy || firstReads > 0) return;
    const go = queue.shift();
    if (!go) return;
    busy = true;
    go();
  };
  return async (read) => {
    let first: R;
    try {
      first = await read();
    } finally {
      firstReads--;
    }
    if (!timedOut(first)) {
      next();
      return first;
    }
    const turn = new Promise<void>((resolve) => queue.push(resolve));
    next();
    await turn;
    try {
      return await read();
    } finally {
      busy = false;
      next();
    }
  };
}
