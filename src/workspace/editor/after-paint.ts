/**
 * Work that follows a keystroke but need not hold up its paint (the whole-form check, the journal
 * and the save): run once, after the next frame is painted, for however many changes came before.
 * The key's own cell and the totals depending on it render first; the checks panel follows a frame
 * later. No React; separate from the engine so the engine only says *when* a change happened.
 */

export interface AfterPaint {
  /** A change happened: run the work after the next paint (once for a burst of changes). */
  readonly request: () => void;
  /** Run the pending work now, if any (the page is hidden or left, or a caller needs it done). */
  readonly flush: () => void;
  /** Drop the pending work (the engine stops). */
  readonly cancel: () => void;
  readonly pending: () => boolean;
}

/** The next task after the next frame's paint: rAF, then a message (runs before any timer). */
function nextPaint(run: () => void): () => void {
  let live = true;
  const go = () => {
    if (live) run();
  };
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') {
    const timer = setTimeout(go, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      go();
    };
    channel.port2.postMessage(0);
  });
  // A hidden page gets no frames: the timer is the fallback that still runs the work.
  const timer = setTimeout(go, 250);
  return () => {
    live = false;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

export function afterPaint(work: () => void, schedule = nextPaint): AfterPaint {
  let stop: (() => void) | undefined;
  const flush = () => {
    if (!stop) return;
    stop();
    stop = undefined;
    work();
  };
  return {
    request: () => {
      stop ??= schedule(flush);
    },
    flush,
    cancel: () => {
      stop?.();
      stop = undefined;
    },
    pending: () => stop !== undefined,
  };
}
