/**
 * The review desk (批量审核) with a county's inbox: BENCH_DESK_FILES (default 1,000) distinct
 * reports, a quarter each as report files (.json), Word (.docx), web pages (.html) and PDFs
 * printed by LibreOffice, chosen at once. Measures the time until all are listed, the longest
 * main-thread task meanwhile (PerformanceObserver 'longtask'; also without the task in which the
 * browser hands over the chosen files, with that task measured alone on a blank page for
 * reference), the page's JS heap at its peak
 * (sampled each second), and the workers started (nested pdfjs workers included); then the same
 * files dropped on the desk as one folder (desk_drop_*), and that folder's hand-over alone on a
 * blank page (desk_folder_walk_*, the counterpart of desk_file_list_task_ms). Run by
 * `npm run bench` and by `npx tsx scripts/bench/desk-timings.ts` (BENCH_PORT, default 4191; run
 * `npx vite build` first).
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { renderHtml, saveReport } from '../../src/core';
import { renderDocx } from '../../src/core/render-docx';
import { generated } from './generated-report';

/**
 * The Word files printed to PDF by LibreOffice, 50 to a call; the PDFs are kept in .bench/desk-pdfs
 * for the next run (printing hundreds takes minutes). A file LibreOffice failed to print is
 * replaced by another printed one with a comment after %%EOF (another file, the same 机关).
 */
function printAll(docx: readonly string[], dir: string): void {
  const cache = join('.bench', 'desk-pdfs');
  mkdirSync(cache, { recursive: true });
  const pdf = (file: string) => basename(file).replace(/\.docx$/, '.pdf');
  const due = docx.filter((file) => !existsSync(join(cache, pdf(file))));
  for (let at = 0; at < due.length; at += 50) {
    execFileSync(
      'soffice',
      ['--headless', '--convert-to', 'pdf', '--outdir', cache, ...due.slice(at, at + 50)],
      {
        env: { ...process.env, HOME: dir },
        stdio: 'ignore',
      },
    );
  }
  const printed = docx.filter((file) => existsSync(join(cache, pdf(file))));
  docx.forEach((file, i) => {
    const own = join(cache, pdf(file));
    const source = existsSync(own) ? own : join(cache, pdf(printed[i % printed.length] ?? ''));
    writeFileSync(
      join(dir, pdf(file)),
      Buffer.concat([
        readFileSync(source),
        Buffer.from(existsSync(own) ? '' : `\n% ${String(i)}\n`),
      ]),
    );
  });
}

/**
 * The inbox: `count` files in `dir`, kinds interleaved, each another 机关's report (no file is
 * taken for another's corrected version). The PDFs are the Word files printed by LibreOffice.
 */
export async function inbox(dir: string, count: number): Promise<string[]> {
  const files: string[] = [];
  const toPrint: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = (['json', 'docx', 'html', 'pdf'] as const)[i % 4] ?? 'json';
    const report = generated(i);
    if (kind === 'json') writeFileSync(join(dir, `r${i}.json`), saveReport(report));
    else if (kind === 'html')
      writeFileSync(join(dir, `r${i}.html`), renderHtml(report, { document: true }));
    else writeFileSync(join(dir, `r${i}.docx`), await renderDocx(report));
    if (kind === 'pdf') toPrint.push(join(dir, `r${i}.docx`));
    files.push(join(dir, `r${i}.${kind}`));
  }
  printAll(toPrint, dir);
  return files;
}

interface Tasks {
  /** Long tasks since `since`: start and duration (ms). */
  tasks: [number, number][];
  since: number;
  chosenAt: number;
}

/**
 * The reference for the task that hands over the files: the same files chosen in a blank page
 * whose input only lists their names — the browser's own work, whatever the page does next.
 */
async function fileListTask(context: BrowserContext, files: readonly string[]): Promise<number> {
  const page = await context.newPage();
  await page.setContent('<input type="file" multiple>');
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: 'longtask' });
    document.querySelector('input')?.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      document.title = String([...(input.files ?? [])].map((f) => f.name).length);
    });
  });
  await page.locator('input').setInputFiles([...files]);
  await page.waitForFunction((n) => document.title === String(n), files.length);
  // The long task is reported after it ends: one more task round trip.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  await page.close();
  return Math.round(longest);
}

/** One listing of the inbox on a fresh desk, the files given by `choose`. */
async function listOnce(
  context: BrowserContext,
  home: string,
  choose: (page: Page) => Promise<void>,
  prepare?: (page: Page) => Promise<void>,
) {
  const page = await context.newPage();
  let workers = 0;
  page.on('worker', () => {
    workers++;
  });
  await page.addInitScript(() => {
    const w = window as unknown as Tasks;
    w.tasks = [];
    w.since = Infinity;
    w.chosenAt = Infinity;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.startTime >= w.since) w.tasks.push([entry.startTime, entry.duration]);
      }
    }).observe({ type: 'longtask', buffered: true });
    // The task that hands over the chosen files: the browser makes the File objects of the
    // whole list as the page first reads it (see fileListTask).
    addEventListener('change', () => (w.chosenAt = Math.min(w.chosenAt, performance.now())), true);
  });
  await page.goto(`${home.replace(/#.*$/, '')}#/review`, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { name: '批量审核' }).waitFor();
  await prepare?.(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let peakHeap = 0;
  const sample = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapTotalSize')?.value ?? 0;
    peakHeap = Math.max(peakHeap, heap);
  };
  const sampler = setInterval(() => void sample().catch(() => undefined), 1000);
  await page.evaluate(() => ((window as unknown as { since: number }).since = performance.now()));
  const before = workers;
  const start = Date.now();
  await choose(page);
  // Polled once a second in the page: Playwright's role queries over a long list would
  // themselves be long tasks on the page's thread.
  await page.waitForFunction(
    () => document.querySelector('.batch-message')?.textContent.includes('已读入'),
    undefined,
    { polling: 1000, timeout: 1_800_000 },
  );
  const seconds = (Date.now() - start) / 1000;
  clearInterval(sampler);
  await sample();
  const { tasks, chosenAt } = await page.evaluate(() => {
    const w = window as unknown as Tasks;
    return { tasks: w.tasks, chosenAt: w.chosenAt };
  });
  const longest = Math.max(0, ...tasks.map(([, duration]) => duration));
  const afterChoice = Math.max(
    0,
    ...tasks
      .filter(([start, duration]) => !(start <= chosenAt && chosenAt <= start + duration))
      .map(([, duration]) => duration),
  );
  const message = await page.getByRole('status').filter({ hasText: '已读入' }).innerText();
  await page.close();
  return { seconds, longest, afterChoice, peakHeap, workers: workers - before, message };
}

/**
 * A folder dropped on the desk as Chromium delivers a real drag from the file manager (CDP's
 * Input.dispatchDragEvent with the folder's path): the page walks its entries.
 */
export async function dropFolder(page: Page, folder: string, zone = '.drop-zone'): Promise<void> {
  const box = await page.locator(zone).boundingBox();
  if (!box) throw new Error('no drop zone');
  const cdp = await page.context().newCDPSession(page);
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const data = { items: [], files: [folder], dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const)
    await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
}

/**
 * The reference for a dropped folder: the same folder dropped on a blank page that walks it as
 * the desk does (picked-files.ts: at most IN_FLIGHT, 25, files asked for at a time) and only counts the files — the browser's own work of handing
 * them over, in place of fileListTask's one task. (A string: tsx's helpers do not exist there.)
 */
async function folderDropTask(
  context: BrowserContext,
  home: string,
  folder: string,
  count: number,
) {
  const page = await context.newPage();
  // A page of the app's origin (an about:blank page does not read dropped files), served here.
  const url = new URL('drop-reference.html', home).href;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<div id="zone" style="width:400px;height:300px">drop</div>',
    }),
  );
  await page.goto(url);
  await page.evaluate(`(() => {
    window.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longest = Math.max(window.longest, entry.duration);
    }).observe({ type: 'longtask' });
    const fileOf = (entry) => new Promise((done, fail) => entry.file(done, fail));
    const walk = async (batch, files) => {
      const own = batch.filter((e) => e.isFile);
      for (let at = 0; at < own.length; at += 25)
        files.push(...(await Promise.all(own.slice(at, at + 25).map(fileOf))));
      for (const entry of batch.filter((e) => e.isDirectory)) {
        const reader = entry.createReader();
        for (;;) {
          const next = await new Promise((done, fail) => reader.readEntries(done, fail));
          if (next.length === 0) break;
          await walk(next, files);
        }
      }
      return files;
    };
    const zone = document.getElementById('zone');
    zone.addEventListener('dragover', (e) => e.preventDefault());
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      const started = performance.now();
      const entries = [...e.dataTransfer.items].map((item) => item.webkitGetAsEntry());
      void walk(entries, []).then(
        (files) => {
          window.walkMs = performance.now() - started;
          document.title = String(files.length);
        },
        (error) => (document.title = 'failed: ' + error),
      );
    });
  })()`);
  await dropFolder(page, folder, '#zone');
  await page.waitForFunction((n) => document.title === String(n), count);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  const { longest, walkMs } = await page.evaluate(() => {
    const w = window as unknown as { longest: number; walkMs: number };
    return { longest: w.longest, walkMs: w.walkMs };
  });
  await page.close();
  return { longest: Math.round(longest), walkMs: Math.round(walkMs) };
}

/**
 * The inbox put in the page's private storage (origin private file system), in batches: its
 * handles stand in for a choice in the browser's file picker, which no harness can answer
 * (Chromium refuses it under Playwright's file-chooser interception, and Playwright's
 * filechooser event does not fire for it). Set-up, not measured.
 */
async function handlesInStorage(page: Page, files: readonly string[]): Promise<void> {
  // Strings, as in folderDropTask: tsx's helpers do not exist in the page.
  for (let at = 0; at < files.length; at += 50) {
    const batch = files.slice(at, at + 50).map((file) => ({
      name: basename(file),
      data: readFileSync(file).toString('base64'),
    }));
    await page.evaluate(`(async (given) => {
      const root = await navigator.storage.getDirectory();
      window.benchHandles ??= [];
      for (const { name, data } of given) {
        const handle = await root.getFileHandle(name, { create: true });
        const writable = await handle.createWritable();
        await writable.write(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)));
        await writable.close();
        window.benchHandles.push(handle);
      }
    })(${JSON.stringify(batch)})`);
  }
  await page.evaluate('window.showOpenFilePicker = () => Promise.resolve(window.benchHandles)');
}

/** 选择文件 through the page's file picker (showOpenFilePicker, given by handlesInStorage). */
async function pickThroughPicker(page: Page): Promise<void> {
  await page
    .locator('label.file-button')
    .filter({ hasText: /^选择文件$/ })
    .click();
}

/**
 * One desk run's set-up (deskTimings, desk-profile.ts): BENCH_DESK_FILES inbox files in a
 * temporary folder and a fresh browser context; `close` removes both.
 */
export async function deskRun(browser: Browser) {
  const count = Number(process.env.BENCH_DESK_FILES ?? 1000);
  const dir = mkdtempSync(join(tmpdir(), 'bench-desk-'));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const close = async () => {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    return { count, context, files: await inbox(dir, count), close };
  } catch (error) {
    await close();
    throw error;
  }
}

export async function deskTimings(browser: Browser, home: string) {
  const { count, context, files, close } = await deskRun(browser);
  try {
    // The same files as a folder of their own (the inbox's directory also holds the Word files
    // the PDFs were printed from); removed with the inbox by `close`.
    const folder = join(dirname(files[0] ?? ''), 'inbox');
    mkdirSync(folder);
    for (const file of files) linkSync(file, join(folder, basename(file)));
    const chosen = await listOnce(context, home, (page) =>
      page.getByLabel('选择文件', { exact: true }).setInputFiles(files),
    );
    const fileList = await fileListTask(context, files);
    const pickContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const picked = await listOnce(pickContext, home, pickThroughPicker, (page) =>
      handlesInStorage(page, files),
    );
    await pickContext.close();
    // A fresh profile: the desk starts empty again.
    const dropContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const dropped = await listOnce(dropContext, home, (page) => dropFolder(page, folder));
    await dropContext.close();
    // Without the app's service worker, which would answer the reference page's URL itself.
    const blank = await browser.newContext({ serviceWorkers: 'block' });
    const folderWalk = await folderDropTask(blank, home, folder, count);
    await blank.close();
    return {
      desk_files: count,
      desk_listed_s: Number(chosen.seconds.toFixed(1)),
      desk_files_per_s: Math.round(count / chosen.seconds),
      desk_longest_task_ms: Math.round(chosen.longest),
      desk_longest_task_after_choice_ms: Math.round(chosen.afterChoice),
      desk_file_list_task_ms: fileList,
      desk_js_heap_peak_mb: Math.round(chosen.peakHeap / 1024 / 1024),
      desk_workers_started: chosen.workers,
      desk_message: chosen.message,
      desk_picker_listed_s: Number(picked.seconds.toFixed(1)),
      desk_picker_longest_task_ms: Math.round(picked.longest),
      desk_picker_message: picked.message,
      desk_drop_listed_s: Number(dropped.seconds.toFixed(1)),
      desk_drop_longest_task_ms: Math.round(dropped.longest),
      desk_drop_message: dropped.message,
      desk_folder_walk_longest_task_ms: folderWalk.longest,
      desk_folder_walk_ms: folderWalk.walkMs,
    };
  } finally {
    await close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { runStandalone } = await import('./standalone');
  await runStandalone(deskTimings);
}
