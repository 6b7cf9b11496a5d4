/**
 * The review desk's speed: files per second for `check` over 1,000 generated reports of each input
 * kind in one process, and the page's time to read and check 500 reports with the longest
 * main-thread task meanwhile (PerformanceObserver 'longtask'). Not a test: run `npx vite build`,
 * then `npx tsx scripts/bench-review.ts` (BENCH_FILES=n changes the 1,000).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { renderHtml, renderText, saveReport } from '../src/core';
import { generated } from './bench/generated-report';
import { renderDocx } from '../src/core/render-docx';
import { main } from '../src/cli/main';
import { withPageBench } from './bench/standalone';

const COUNT = Number(process.env.BENCH_FILES ?? 1000);
const PAGE_FILES = Math.min(500, 4 * COUNT);
const dir = mkdtempSync(join(tmpdir(), 'bench-review-'));

type Kind = 'json' | 'txt' | 'html' | 'docx' | 'pdf';

async function write(kind: Exclude<Kind, 'pdf'>, n: number): Promise<string> {
  const report = generated(n);
  const file = join(dir, `${kind}-${n}.${kind}`);
  const body =
    kind === 'json'
      ? saveReport(report)
      : kind === 'txt'
        ? renderText(report)
        : kind === 'html'
          ? renderHtml(report, { document: true })
          : await renderDocx(report);
  writeFileSync(file, body);
  return file;
}

/** PDFs: LibreOffice renders a few docx files; they are copied under new names (each read anew). */
function pdfs(docx: readonly string[], count: number): string[] {
  const sources = docx.slice(0, 5);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...sources], {
    env: { ...process.env, HOME: dir },
    stdio: 'ignore',
  });
  return Array.from({ length: count }, (_, i) => {
    const file = join(dir, `pdf-${i}.pdf`);
    copyFileSync(sources[i % sources.length]?.replace(/\.docx$/, '.pdf') ?? '', file);
    return file;
  });
}

async function checkRate(files: readonly string[]): Promise<{ perSecond: number; failed: number }> {
  let output = '';
  const start = performance.now();
  await main(['check', ...files, '--json'], { out: (t) => (output += t), err: () => undefined });
  const seconds = (performance.now() - start) / 1000;
  const results = JSON.parse(output) as { error?: string }[];
  return { perSecond: files.length / seconds, failed: results.filter((r) => r.error).length };
}

async function cliBench(): Promise<Record<Kind, string[]>> {
  const files = {} as Record<Kind, string[]>;
  for (const kind of ['json', 'txt', 'html', 'docx'] as const) {
    files[kind] = await Promise.all(Array.from({ length: COUNT }, (_, i) => write(kind, i)));
  }
  files.pdf = pdfs(files.docx, COUNT);
  for (const kind of Object.keys(files) as Kind[]) {
    const { perSecond, failed } = await checkRate(files[kind]);
    console.log(
      `check ${COUNT} × ${kind}: ${perSecond.toFixed(0)} files/s${failed ? ` (${failed} unreadable)` : ''}`,
    );
  }
  return files;
}

async function pageBench(browser: Browser, url: string, files: Record<Kind, string[]>) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    const w = window as unknown as { longest: number; since: number };
    w.longest = 0;
    w.since = Infinity;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        // Only tasks that start once the batch does: the page's own start-up is not the run.
        if (entry.startTime >= w.since) w.longest = Math.max(w.longest, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${url}#/review`);
  await page.getByRole('heading', { name: '批量审核' }).waitFor();
  // A mix like a county's inbox: report files, text, web pages and Word documents.
  const kinds = ['json', 'txt', 'html', 'docx'] as const;
  const batch = Array.from(
    { length: PAGE_FILES },
    (_, i) => files[kinds[i % 4] ?? 'json'][Math.floor(i / 4)] ?? '',
  );
  await page.evaluate(() => ((window as unknown as { since: number }).since = performance.now()));
  const start = Date.now();
  await page.getByLabel('选择文件', { exact: true }).setInputFiles(batch);
  await page.getByRole('status').filter({ hasText: '已读入' }).waitFor({ timeout: 600_000 });
  const seconds = (Date.now() - start) / 1000;
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  const rows = await page.getByRole('table', { name: '报告列表' }).locator('tbody tr').count();
  console.log(
    `page: ${PAGE_FILES} files read and checked in ${seconds.toFixed(1)} s (${(PAGE_FILES / seconds).toFixed(0)} files/s); longest main-thread task ${longest.toFixed(0)} ms; ${rows} rows on the first page`,
  );
}

const files = await cliBench();
await withPageBench((browser, url) => pageBench(browser, url, files));
