/**
 * The machine-readable 审核意见 that goes with each unit's Word opinion: its items with their
 * cells and the reviewer's decisions, the conclusion, and the fingerprint of the report it is
 * about. The clerk opens it in the editor and answers it; the report file then carries it with
 * the answers (see opinion-answers.ts), and the desk reads them back.
 */
import type { Report } from '../report';
import { previousVersions } from './batch';
import { hash64, reportFingerprint } from './fingerprint';
import { earlierItems } from './opinion-answers';
import { conclusionOf, opinionItems, type Conclusion, type OpinionItem } from './opinion-items';
import {
  OPINION_KIND,
  OPINION_VERSION,
  opinionFileSchema,
  type EarlierEntry,
  type OpinionFile,
} from './opinion-schema';
import type { ReviewedFile } from './reviewed-file';

export interface OpinionOptions {
  /** 发文机关: the issuing office, signed at the end. */
  readonly issuer?: string;
  /** 成文日期, yyyy-mm-dd. */
  readonly date?: string;
}

/** The opinion file of one readable report (undefined for a file that could not be read). */
export function opinionFile(
  file: ReviewedFile,
  options: OpinionOptions = {},
): OpinionFile | undefined {
  const report = file.report;
  if (!report) return undefined;
  const items: OpinionItem[] = opinionItems(file);
  const conclusion = conclusionOf(file, items) as Exclude<Conclusion, 'unreadable'>;
  const fingerprint = reportFingerprint(report);
  const issuer = options.issuer?.trim() ?? '';
  const date = options.date ?? '';
  return {
    kind: OPINION_KIND,
    version: OPINION_VERSION,
    id: hash64(`${fingerprint}|${issuer}|${date}`),
    issuer,
    date,
    report: {
      org: report.meta.org,
      year: report.meta.year,
      template: report.template,
      file: file.file,
      fingerprint,
    },
    conclusion,
    comment: file.review?.comment.trim() ?? '',
    items,
    earlier: earlierEntries(report, file),
  };
}

function earlierEntries(report: Report, file: ReviewedFile): EarlierEntry[] {
  return (earlierItems(report, file.findings, file.previous)?.items ?? []).map((e) => ({
    id: e.item.id,
    rule: e.item.rule,
    title: e.item.title,
    message: e.item.message,
    state: e.state,
    ...(e.answer ? { answer: e.answer } : {}),
    ...(e.note ? { note: e.note } : {}),
  }));
}

/**
 * The files with the opinion each one's earlier version in the batch gets (a corrected report
 * sent again): its next opinion then says what became of the earlier items. A file that already
 * has its `previous` (found in a larger batch) keeps it.
 */
export function withPreviousOpinions(
  files: readonly ReviewedFile[],
  options: OpinionOptions = {},
): ReviewedFile[] {
  const previous = previousVersions(files);
  return files.map((file, i) => {
    if (file.previous) return file;
    const earlier = files[previous.get(i) ?? -1];
    const opinion = earlier ? opinionFile(earlier, options) : undefined;
    return opinion ? { ...file, previous: opinion } : file;
  });
}

/** The opinion file's text: 2-space JSON with a trailing newline. */
export function saveOpinionFile(opinion: OpinionFile): string {
  return `${JSON.stringify(opinion, null, 2)}\n`;
}

export type OpinionLoad = { ok: true; opinion: OpinionFile } | { ok: false; message: string };

/** Parse an opinion file's JSON value: a clear message in Chinese when it is not one. */
export function parseOpinionFile(data: unknown): OpinionLoad {
  const kind = (data as { kind?: unknown } | null)?.kind;
  if (typeof data !== 'object' || data === null || kind !== OPINION_KIND) {
    return {
      ok: false,
      message: '这不是审核意见文件（应为批量审核导出的审核意见 .json 或 .docx）。',
    };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > OPINION_VERSION) {
    return {
      ok: false,
      message: `该审核意见由更新版本的程序生成（版本 ${version}），请升级后再导入。`,
    };
  }
  const parsed = opinionFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `审核意见文件不完整，无法导入（${issue ? issue.path.join('.') : ''}）。`,
    };
  }
  return { ok: true, opinion: parsed.data };
}

/** Parse an opinion file's text. */
export function loadOpinionFile(text: string): OpinionLoad {
  try {
    return parseOpinionFile(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch {
    return { ok: false, message: '文件不是有效的 JSON，不是审核意见文件。' };
  }
}
