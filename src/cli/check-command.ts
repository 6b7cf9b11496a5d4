/**
 * `check FILE… [--json | --ndjson] [--jobs N] [--last-year FILE]`: every file read and checked,
 * each one's result printed as soon as its turn comes — a batch of thousands starts printing at
 * once and holds only a few results in memory. With more than one job the files are checked in
 * worker threads (ordered-pool.ts); the output and the exit status are those of one job.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { HANG_GUARD_MS, type Report } from '../core';
import { failedFile, type CheckedFile, type CheckFormat } from './checked-file';
import type { CheckWorkerData } from './check-file';
import type { Io } from './io';
import { PROFILE_OPTION } from './profile-option';
import { runOrdered } from './ordered-pool';
import type { FileOrg } from './ocr-orgs';

const OPTIONS = {
  json: { type: 'boolean' },
  ndjson: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  'last-year': { type: 'string' },
  ...PROFILE_OPTION,
} as const;

/** The pool's clock runs past the importer's own, which ends a stalled read more gently. */
const THREAD_HANG_MS = HANG_GUARD_MS + 15_000;

function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    throw new Error(`--jobs 应为 1 到 256 之间的整数，而不是“${value}”。`);
  }
  return jobs;
}

export async function check(args: string[], io: Io): Promise<number> {
  const { values, positionals: files } = parseArgs({
    args,
    allowPositionals: true,
    options: OPTIONS,
  });
  if (files.length === 0) throw new Error('check 需要至少一个报告文件。');
  if (values.json && values.ndjson) throw new Error('--json 和 --ndjson 只能选其一。');
  const jobs = parseJobs(values.jobs);
  const format: CheckFormat = values.ndjson ? 'ndjson' : values.json ? 'json' : 'human';
  const { profileHeadline, profileOption } = await import('./profile-option');
  const profile = await profileOption(values.profile, io);
  if (profile === null) return 2;
  if (profile && format === 'human') io.out(`${profileHeadline(profile)}\n\n`);
  let lastYear: Report | undefined;
  if (values['last-year']) {
    const { readReport } = await import('./read-report');
    const read = await readReport(values['last-year']);
    if (!read.ok) {
      io.err(`上年报告 ${read.message}\n`);
      return 2;
    }
    lastYear = read.report;
  }
  const data: CheckWorkerData = {
    format,
    ...(lastYear ? { lastYear } : {}),
    ...(profile ? { profile: { profile: profile.profile, fingerprint: profile.fingerprint } } : {}),
  };
  const results =
    jobs > 1 && files.length > 1 ? inThreads(files, jobs, data) : inThisThread(files, data);
  const output = printer(format, io);
  let status = 0;
  const orgs: FileOrg[] = [];
  for await (const result of results) {
    status = Math.max(status, result.status);
    output.file(result);
    if (result.org) orgs.push({ file: result.file, org: result.org.name, ocr: result.org.ocr });
    await io.drained?.();
  }
  output.end();
  // A scan's 机关名称 beside the batch's others: the human output's last lines; beside JSON, on
  // stderr (the JSON's shape stays the contract's).
  if (orgs.some((o) => o.ocr)) {
    const notes = (await import('./ocr-orgs')).ocrOrgNotes(orgs);
    for (const note of notes) {
      if (format === 'human') io.out(`${note}\n`);
      else io.err(`${note}\n`);
    }
  }
  return status;
}

/** One file after another here; a file the clock stopped is read once more. */
async function* inThisThread(
  files: readonly string[],
  data: CheckWorkerData,
): AsyncGenerator<CheckedFile> {
  // The core loads with the first file, not before: --help and errors stay quick.
  const { checkFile } = await import('./check-file');
  for (const file of files) {
    const result = await checkFile(file, data);
    yield result.timedOut ? await checkFile(file, data) : result;
  }
}

/** The files checked by this thread and `jobs - 1` worker threads, in order. */
function inThreads(
  files: readonly string[],
  jobs: number,
  data: CheckWorkerData,
): AsyncGenerator<CheckedFile> {
  const failed = (file: string, why: 'hang' | 'crash', detail: string): CheckedFile => {
    const message =
      why === 'hang'
        ? `${file}：读取超过 ${THREAD_HANG_MS / 1000} 秒仍未完成，单独重试后仍未完成，已停止读取（文件结构异常）。`
        : `${file}：检查时出错（${detail || '后台线程意外中止'}，文件可能过大或已损坏）。`;
    return failedFile(file, message, data.format);
  };
  return runOrdered({
    items: files,
    jobs,
    module: new URL('./check-worker.ts', import.meta.url),
    data,
    hangMillis: THREAD_HANG_MS,
    failed,
    timedOut: (result) => result.timedOut === true,
    local: {
      // pdfjs is a parser of another project: a PDF goes to a worker, which the clock can end.
      takes: (file) => !/\.pdf$/i.test(file),
      run: async (file) => (await import('./check-file')).checkFile(file, data),
    },
  });
}

/**
 * Writes the files' parts as they come: human blocks; NDJSON lines; or one JSON array, written
 * element by element — the same text as `JSON.stringify(results, null, 2)` of the whole array.
 */
function printer(format: CheckFormat, io: Io): { file(result: CheckedFile): void; end(): void } {
  let count = 0;
  return {
    file(result) {
      if (result.err) io.err(result.err);
      if (format === 'json') {
        io.out(`${count === 0 ? '[\n' : ',\n'}  ${result.out.replace(/\n/g, '\n  ')}`);
      } else io.out(result.out);
      count++;
    },
    end() {
      if (format === 'json') io.out(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}
