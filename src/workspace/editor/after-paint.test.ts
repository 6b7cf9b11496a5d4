import { describe, expect, it } from 'vitest';
import { afterPaint } from './after-paint';

/** A schedule run by hand: `frame()` is the next paint. */
function manual() {
  let queued: (() => void) | undefined;
  const schedule = (run: () => void) => {
    queued = run;
    return () => {
      queued = undefined;
    };
  };
  return {
    schedule,
    frame: () => {
      const run = queued;
      queued = undefined;
      run?.();
    },
  };
}

describe('afterPaint', () => {
  it('runs the work once after the paint for a burst of requests', () => {
    const clock = manual();
    let runs = 0;
    const work = afterPaint(() => runs++, clock.schedule);
    work.request();
    work.request();
    work.request();
    expect(runs).toBe(0);
    expect(work.pending()).toBe(true);
    clock.frame();
    expect(runs).toBe(1);
    expect(work.pending()).toBe(false);
    clock.frame();
    expect(runs).toBe(1);
  });

  it('runs at once on flush, and not again at the paint; cancel drops it', () => {
    const clock = manual();
    let runs = 0;
    const work = afterPaint(() => runs++, clock.schedule);
    work.request();
    work.flush();
    expect(runs).toBe(1);
    clock.frame();
    expect(runs).toBe(1);
    work.flush();
    expect(runs).toBe(1);
    work.request();
    work.cancel();
    clock.frame();
    expect(runs).toBe(1);
  });
});
