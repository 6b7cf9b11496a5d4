/**
 * The page thread's long tasks in CPU time as well as wall time, from a Chromium trace (category
 * `toplevel`: each task's duration and its thread's CPU time). On a machine shared with other
 * work, a task's wall time includes the time its thread waited for a core: a 15 ms task can be
 * reported as a 100 ms long task. Its CPU time says what the page itself spent.
 */
import type { CDPSession } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The renderer main thread's tasks: the busiest CrRendererMain of the trace. */
function mainThreadTasks(events: readonly TraceEvent[]): TraceEvent[] {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasksOf = (main: TraceEvent) =>
    events.filter(
      (e) =>
        e.pid === main.pid &&
        e.tid === main.tid &&
        e.ph === 'X' &&
        e.name === 'ThreadControllerImpl::RunTask',
    );
  const busy = (tasks: TraceEvent[]) => tasks.reduce((sum, t) => sum + (t.dur ?? 0), 0);
  return mains.map(tasksOf).reduce<TraceEvent[]>((a, b) => (busy(b) > busy(a) ? b : a), []);
}

/**
 * Starts a trace on `cdp`; the function returned stops it and gives, over the page thread's tasks:
 * the longest by wall time with its CPU time, and the longest CPU time of any task (ms).
 */
export async function traceTasks(cdp: CDPSession) {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    events.push(...(value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    const tasks = mainThreadTasks(events);
    const longest = tasks.reduce<TraceEvent | undefined>(
      (a, b) => ((b.dur ?? 0) > (a?.dur ?? 0) ? b : a),
      undefined,
    );
    const ms = (us: number | undefined) => Math.round((us ?? 0) / 1000);
    return {
      longestWallMs: ms(longest?.dur),
      itsCpuMs: ms(longest?.tdur),
      longestCpuMs: ms(Math.max(0, ...tasks.map((t) => t.tdur ?? 0))),
    };
  };
}
