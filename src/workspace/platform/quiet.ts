/**
 * Background work that waits for the user: run a step once the page is idle and the user has
 * not typed, clicked or scrolled for a while. The import worker's warm-up (start-import.ts) takes
 * a core, and on a small machine a clerk typing right after load felt it.
 */

/** Events that say the user is at the page. */
const INPUT_EVENTS = ['keydown', 'pointerdown', 'input', 'wheel'] as const;

export interface QuietGate {
  /** Run `step` once the user has left the page alone for the gate's quiet time; cancellable. */
  whenQuiet(step: () => void): () => void;
}

/** A gate over the input events reaching `target` (the page's window), quiet after `quietMs`. */
export function quietGate(target: EventTarget, quietMs: number): QuietGate {
  let lastInput = Number.NEGATIVE_INFINITY;
  const mark = () => {
    lastInput = performance.now();
  };
  for (const type of INPUT_EVENTS)
    target.addEventListener(type, mark, { capture: true, passive: true });
  const idle = (run: () => void): (() => void) => {
    // (Safari has no requestIdleCallback: a short timer then.)
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(run, 50);
      return () => {
        clearTimeout(timer);
      };
    }
    const id = requestIdleCallback(run, { timeout: 1000 });
    return () => {
      cancelIdleCallback(id);
    };
  };
  return {
    whenQuiet(step) {
      let cancel: () => void = () => undefined;
      const attempt = () => {
        const wait = lastInput + quietMs - performance.now();
        if (wait > 0) {
          const timer = setTimeout(attempt, wait);
          cancel = () => {
            clearTimeout(timer);
          };
          return;
        }
        // Input may come while the page waits to be idle: looked at again then.
        cancel = idle(() => {
          if (performance.now() - lastInput < quietMs) attempt();
          else step();
        });
      };
      attempt();
      return () => {
        cancel();
      };
    },
  };
}
