/**
 * Reading a drop of files into the batch: every file through the worker pool, results handed over
 * in slices (so the page re-renders a few times a second, not once per file), then last year's
 * reports matched and the matched pairs checked again with the cross-year rules. A file that a
 * last-resort clock stopped is read once more, alone, at the end (retry-alone.ts).
 */
import { matchLastYear } from '../../core';
import type { BatchEntry } from './batch-entry';
import { profileCheckOptions } from '../profile/profile-store';
import { keepScan } from './desk-scans';
import { readOnPage, readsOnPage } from './read-on-page';
import { retryAlone } from './retry-alone';
import type { WorkerResult } from './review-protocol';
import type { WorkerPool } from './worker-pool';

/** How often the progress moves while a batch runs. */
const FLUSH_MS = 250;

/**
 * How often new rows reach the list: every re-render of the list costs in proportion to its rows
 * (the rows, their verdicts, the 汇总 check, the sort), so a long list takes new rows in larger,
 * rarer slices — about 1 ms of wait per row listed, from 250 ms up to 1.5 s.
 */
const listEvery = (rows: number) => Math.min(1500, Math.max(FLUSH_MS, rows));

export interface BatchRun {
  readonly pool: WorkerPool;
  readonly known: ReadonlySet<string>;
  readonly firstOrder: number;
  readonly onEntries: (entries: BatchEntry[]) => void;
  readonly onProgress: (done: number) => void;
}

/** Read the files; resolves with the new entries (rejects when cancelled). */
export async function readFiles(files: readonly File[], run: BatchRun): Promise<BatchEntry[]> {
  const seen = new Set(run.known);
  const added: BatchEntry[] = [];
  let pending: BatchEntry[] = [];
  let done = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finished = false;
  let listed = -Infinity;
  const flush = (last = false) => {
    timer = undefined;
    run.onProgress(done);
    const now = performance.now();
    if (pending.length && (last || now - listed >= listEvery(run.firstOrder + added.length))) {
      run.onEntries(pending);
      pending = [];
      listed = now;
    }
    // Rows held back go out with a later flush even if no other file finishes before it.
    if (pending.length && !last) timer = setTimeout(flush, FLUSH_MS);
  };
  const once = retryAlone<WorkerResult>(files.length, (r) => r.kind === 'file' && !!r.timedOut);
  try {
    await Promise.all(
      files.map(async (file, i) => {
        const result = await once(() =>
          readsOnPage(file)
            ? readOnPage(file, i, () => !finished)
            : run.pool.run({ kind: 'file', task: i, file, ...profileCheckOptions() }),
        );
        // A PDF read on the page may finish after a cancel: the batch has moved on.
        if (finished) return;
        done++;
        // A scan dropped again after a reload brings back the file its OCR needs.
        if (result.kind === 'file' && result.scan) keepScan(result.id, file);
        if (result.kind === 'file' && !seen.has(result.id)) {
          seen.add(result.id);
          const { kind: _kind, task: _task, ...rest } = result;
          const entry: BatchEntry = {
            ...rest,
            file: file.webkitRelativePath || file.name,
            order: run.firstOrder + i,
          };
          added.push(entry);
          pending.push(entry);
        }
        timer ??= setTimeout(flush, FLUSH_MS);
      }),
    );
  } finally {
    finished = true;
    if (timer !== undefined) clearTimeout(timer);
    flush(true);
  }
  return added;
}

/**
 * Entries checked again: those whose last-year match is new or changed, or (`all`, when a stored
 * batch is opened with perhaps newer rules) every readable one.
 */
export async function recheck(
  entries: readonly BatchEntry[],
  pool: WorkerPool,
  all = false,
): Promise<BatchEntry[]> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const { lastYear } = matchLastYear(
    entries.flatMap((e) =>
      e.report ? [{ id: e.id, org: e.report.meta.org, year: e.report.meta.year }] : [],
    ),
  );
  const due = entries.filter((e) => e.report && (all || lastYear.get(e.id) !== e.lastYearId));
  return Promise.all(
    due.map(async (entry, i) => {
      const lastId = lastYear.get(entry.id);
      const last = lastId === undefined ? undefined : byId.get(lastId)?.report;
      const { lastYearId: _old, ...rest } = entry;
      if (!entry.report || (!last && !all)) return rest;
      const result = await pool.run({
        kind: 'check',
        task: i,
        report: entry.report,
        ...(last ? { lastYear: last } : {}),
        ...profileCheckOptions(),
        ...(entry.provenance ? { provenance: entry.provenance } : {}),
      });
      // OUTLINE comes from the file as read, not from the report: it survives a check again.
      const outline = entry.findings.filter((f) => f.rule === 'OUTLINE');
      const findings = outline.length ? [...result.findings, ...outline] : result.findings;
      return { ...rest, ...(last ? { lastYearId: lastId } : {}), findings };
    }),
  );
}
