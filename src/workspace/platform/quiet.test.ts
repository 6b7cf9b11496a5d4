import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietGate } from './quiet';

describe('quietGate', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const key = (target: EventTarget) => target.dispatchEvent(new Event('keydown'));

  it('runs a step soon on a page nobody has touched', () => {
    const gate = quietGate(new EventTarget(), 1000);
    const step = vi.fn();
    gate.whenQuiet(step);
    vi.advanceTimersByTime(100);
    expect(step).toHaveBeenCalledOnce();
  });

  it('waits while the user types, and runs the step a quiet second after the last key', () => {
    const page = new EventTarget();
    const gate = quietGate(page, 1000);
    const step = vi.fn();
    key(page);
    gate.whenQuiet(step);
    // Typing on for three seconds, a key every 200 ms: the step waits all along.
    for (let t = 0; t < 3000; t += 200) {
      vi.advanceTimersByTime(200);
      key(page);
    }
    expect(step).not.toHaveBeenCalled();
    vi.advanceTimersByTime(900);
    expect(step).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(step).toHaveBeenCalledOnce();
  });

  it('counts clicks, input and scrolling as the user being there', () => {
    for (const type of ['pointerdown', 'input', 'wheel']) {
      const page = new EventTarget();
      const gate = quietGate(page, 1000);
      const step = vi.fn();
      page.dispatchEvent(new Event(type));
      gate.whenQuiet(step);
      vi.advanceTimersByTime(500);
      expect(step, type).not.toHaveBeenCalled();
      vi.advanceTimersByTime(600);
      expect(step, type).toHaveBeenCalledOnce();
    }
  });

  it('runs nothing once cancelled', () => {
    const page = new EventTarget();
    const gate = quietGate(page, 1000);
    const step = vi.fn();
    key(page);
    const cancel = gate.whenQuiet(step);
    vi.advanceTimersByTime(500);
    cancel();
    vi.advanceTimersByTime(5000);
    expect(step).not.toHaveBeenCalled();
  });

  describe('where the browser has requestIdleCallback', () => {
    let idle: (() => void)[] = [];
    beforeEach(() => {
      idle = [];
      // The browser's API (not ours): callbacks held until the test says the page went idle.
      vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
      vi.stubGlobal('cancelIdleCallback', (id: number) => {
        idle[id - 1] = () => undefined;
      });
    });
    afterEach(() => {
      vi.unstubAllGlobals();
    });
    const goIdle = () => {
      const due = idle;
      idle = [];
      for (const run of due) run();
    };

    it('waits for the page to be idle, and looks again if the user came back meanwhile', () => {
      const page = new EventTarget();
      const gate = quietGate(page, 1000);
      const step = vi.fn();
      gate.whenQuiet(step);
      expect(step).not.toHaveBeenCalled();
      // A key after the idle callback was asked for, before it ran: not yet.
      key(page);
      goIdle();
      expect(step).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1000);
      goIdle();
      expect(step).toHaveBeenCalledOnce();
    });

    it('cancels a pending idle callback', () => {
      const gate = quietGate(new EventTarget(), 1000);
      const step = vi.fn();
      gate.whenQuiet(step)();
      goIdle();
      expect(step).not.toHaveBeenCalled();
    });
  });
});
