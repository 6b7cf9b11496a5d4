/**
 * Keydown → next paint on a page, typed at human speed: each key's latency runs from the keydown
 * event's timestamp (digits and Backspace only) to a task queued from the next animation frame (which runs after that frame
 * is painted), so script, layout, paint and commit of the key all count.
 */
import type { CDPSession, Page } from '@playwright/test';

/** Milliseconds between keys: a clerk typing numbers from a paper table. */
export const KEY_INTERVAL_MS = 90;

declare global {
  interface Window {
    benchLatencies?: number[];
  }
}

/** Start recording latencies and tag the inputs to type into (`data-bench` = their index). */
export async function prepare(page: Page, inputs: string): Promise<number> {
  return page.evaluate((selector) => {
    if (!window.benchLatencies) {
      window.benchLatencies = [];
      addEventListener(
        'keydown',
        (event) => {
          if (!/^(\d|Backspace)$/.test(event.key)) return;
          const start = event.timeStamp;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => window.benchLatencies?.push(performance.now() - start);
            channel.port2.postMessage(0);
          });
        },
        true,
      );
    }
    const found = [...document.querySelectorAll<HTMLInputElement>(selector)];
    found.forEach((input, i) => (input.dataset.bench = String(i)));
    return found.length;
  }, inputs);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `edits` keystrokes: in each cell in turn a digit, then Backspace (the value returns, so totals
 * stay in range), `interval` ms apart (KEY_INTERVAL_MS, unless memory rather than latency is
 * measured). Returns the latencies of these keys.
 */
export async function typeEdits(
  page: Page,
  cells: number,
  edits: number,
  from = 0,
  interval = KEY_INTERVAL_MS,
): Promise<number[]> {
  await page.evaluate(() => (window.benchLatencies = []));
  for (let i = 0; i < edits; i++) {
    if (i % 2 === 0) {
      // End: a field may select its text on focus; the digit is appended, Backspace removes it.
      await page.focus(`[data-bench="${(from + i / 2) % cells}"]`);
      await page.keyboard.press('End');
    }
    await page.keyboard.press(i % 2 === 0 ? String(1 + (i % 9)) : 'Backspace');
    await pause(interval);
  }
  // The last key's paint is recorded a frame later.
  await page.waitForFunction((n) => (window.benchLatencies?.length ?? 0) >= n, edits);
  return page.evaluate(() => window.benchLatencies ?? []);
}

export async function throttle(session: CDPSession, rate: number): Promise<void> {
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** A page typed into: its name, the page, and how many inputs prepare() tagged. */
export interface Subject {
  readonly name: string;
  readonly page: Page;
  readonly cells: number;
}

/** Main-thread time of a page so far (CDP Performance metrics, seconds): less noisy than latency. */
export async function mainThread(session: CDPSession) {
  const { metrics } = await session.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

/**
 * Keystroke latencies of every subject at each throttle rate (keyed `name@rate`), typed in
 * interleaved rounds of `perRound` edits, with each subject's main-thread task and script time.
 */
export async function typeRounds(
  subjects: readonly Subject[],
  rates: readonly number[],
  rounds: number,
  perRound: number,
) {
  const latencies: Record<string, number[]> = {};
  const cpu: Record<string, { task: number; script: number; keys: number }> = {};
  for (const rate of rates) {
    for (let round = 0; round < rounds; round++) {
      for (const subject of subjects) {
        const session = await subject.page.context().newCDPSession(subject.page);
        await session.send('Performance.enable');
        await throttle(session, rate);
        const before = await mainThread(session);
        const times = await typeEdits(
          subject.page,
          subject.cells,
          perRound,
          (round * perRound) / 2,
        );
        const after = await mainThread(session);
        await throttle(session, 1);
        await session.detach();
        const key = `${subject.name}@${rate}`;
        (latencies[key] ??= []).push(...times);
        const sum = (cpu[key] ??= { task: 0, script: 0, keys: 0 });
        sum.task += after.task - before.task;
        sum.script += after.script - before.script;
        sum.keys += times.length;
      }
    }
  }
  return { latencies, cpu };
}
