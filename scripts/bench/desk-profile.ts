/**
 * Where the desk's main-thread time goes while BENCH_DESK_FILES (default 1,000) files arrive: a
 * CDP CPU profile of the page over the whole read, cut into busy stretches (samples with no idle
 * gap over 1 ms); prints the longest stretches with their heaviest functions (self and total).
 * `npx tsx scripts/bench/desk-profile.ts` after `npx vite build` (BENCH_PORT, default 4191);
 * BENCH_PROFILE_OUT keeps the raw .cpuprofile (open it in Chrome's DevTools). BENCH_DESK_ROUTE=drop
 * gives the files as one dropped folder (as desk-timings' desk_drop_*) instead of the file input;
 * the page's own long tasks are listed too (start after the choice, duration, ms).
 */
import type { Browser } from '@playwright/test';
import { linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { deskRun, dropFolder } from './desk-timings';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const nameOf = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;

/** Busy stretches of the profile, longest first, each with its heaviest functions. */
function stretches(profile: Profile, top = 8) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const idle = (id: number) => byId.get(id)?.callFrame.functionName === '(idle)';
  const found: { ms: number; self: Map<string, number>; total: Map<string, number> }[] = [];
  let current: (typeof found)[number] | undefined;
  let gap = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (idle(id)) {
      gap += dt;
      if (gap > 1 && current) {
        found.push(current);
        current = undefined;
      }
      return;
    }
    gap = 0;
    current ??= { ms: 0, self: new Map(), total: new Map() };
    current.ms += dt;
    const self = byId.get(id);
    if (self) current.self.set(nameOf(self), (current.self.get(nameOf(self)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (!node) break;
      const name = nameOf(node);
      if (seen.has(name)) continue;
      seen.add(name);
      current.total.set(name, (current.total.get(name) ?? 0) + dt);
    }
  });
  if (current) found.push(current);
  const best = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `${v.toFixed(0).padStart(5)} ms  ${k}`);
  return found
    .sort((a, b) => b.ms - a.ms)
    .map((s) => ({ ms: Math.round(s.ms), self: best(s.self), total: best(s.total) }));
}

export async function deskProfile(browser: Browser, home: string) {
  const { count, context, files, close } = await deskRun(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${home.replace(/#.*$/, '')}#/review`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: '批量审核' }).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await page.evaluate(() => {
      const w = window as unknown as { tasks: number[][]; since: number };
      w.tasks = [];
      w.since = performance.now();
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          w.tasks.push([Math.round(e.startTime - w.since), Math.round(e.duration)]);
      }).observe({ type: 'longtask' });
    });
    await cdp.send('Profiler.start');
    const start = Date.now();
    if (process.env.BENCH_DESK_ROUTE === 'drop') {
      const folder = join(dirname(files[0] ?? ''), 'inbox');
      mkdirSync(folder);
      for (const file of files) linkSync(file, join(folder, basename(file)));
      await dropFolder(page, folder);
    } else await page.getByLabel('选择文件', { exact: true }).setInputFiles(files);
    await page.waitForFunction(
      () => document.querySelector('.batch-message')?.textContent.includes('已读入'),
      undefined,
      { polling: 1000, timeout: 1_800_000 },
    );
    const seconds = (Date.now() - start) / 1000;
    const tasks = await page.evaluate(() => (window as unknown as { tasks: number[][] }).tasks);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    if (process.env.BENCH_PROFILE_OUT)
      writeFileSync(process.env.BENCH_PROFILE_OUT, JSON.stringify(profile));
    const all = stretches(profile);
    const busy = all.reduce((sum, s) => sum + s.ms, 0);
    return {
      files: count,
      listed_s: seconds,
      busy_ms: Math.round(busy),
      over_50ms: all.filter((s) => s.ms > 50).length,
      long_tasks: tasks,
      longest: all.slice(0, Number(process.env.BENCH_PROFILE_TOP ?? 6)),
    };
  } finally {
    await close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { runStandalone } = await import('./standalone');
  await runStandalone(deskProfile);
}
