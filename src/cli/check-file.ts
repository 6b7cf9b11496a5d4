/**
 * One file of `check`: read, checked and written out in the output's form — the same code in a
 * worker thread (check-worker.ts) and in the command's own thread, so `--jobs N` prints exactly
 * what one job prints.
 */
import {
  checkAll,
  checkOutline,
  countFindings,
  DOUBT_HEADING,
  getTemplate,
  LEVEL_LABELS,
  SEVERITY_LABELS,
  sortFindings,
  type Finding,
  type LoadedProfile,
  type Report,
} from '../core';
import { failedFile, jsonText as json, type CheckedFile, type CheckFormat } from './checked-file';
import { profileJson } from './profile-option';
import { readReport } from './read-report';

/** What every check worker thread is given: the batch's format, last year and profile. */
export interface CheckWorkerData {
  readonly format: CheckFormat;
  readonly lastYear?: Report;
  /** The batch's 地方要求 (--profile). */
  readonly profile?: LoadedProfile;
}

/** The file's entry of `check --json` (interfaces.md §4). */
function entry(file: string, read: Extract<Awaited<ReturnType<typeof readReport>>, { ok: true }>) {
  const { report } = read;
  return {
    file,
    template: report.template,
    org: report.meta.org,
    year: report.meta.year,
    notes: read.notes ?? [],
    unplaced: read.unplaced ?? [],
    // The cells the importer inferred rather than read as printed, with how.
    inferred: Object.entries(read.provenance ?? {}).flatMap(([cell, p]) =>
      p.source === 'inferred' ? [{ cell, how: p.how }] : [],
    ),
    // A scan's cells read by OCR that are in doubt: why, and the value the equations call for.
    ocrDoubts: Object.entries(read.provenance ?? {}).flatMap(([cell, p]) =>
      p.source === 'ocr' && p.doubt ? [{ cell, ...p }] : [],
    ),
  };
}

/** Read and check one file (against last year's report and the 地方要求 if given), and print it. */
export async function checkFile(
  file: string,
  { format, lastYear, profile }: CheckWorkerData,
): Promise<CheckedFile> {
  const read = await readReport(file);
  if (!read.ok) {
    const failed = failedFile(file, read.message, format);
    return read.timedOut ? { ...failed, timedOut: true } : failed;
  }
  const findings = sortFindings([
    // The importer's provenance: a finding on a cell not read as printed (inferred, not found,
    // read by OCR and not yet confirmed) is a reading doubt, not the report's own error.
    ...checkAll(read.report, lastYear, {
      profile: profile?.profile,
      ...(read.provenance ? { provenance: read.provenance } : {}),
    }),
    ...checkOutline(read.headings, read.report),
  ]);
  const recorded = profileJson(read.report, profile);
  const status = countFindings(findings).errors > 0 ? 1 : 0;
  // A report written against the batch's own profile needs no line; anything else does.
  const profileNote = recorded && recorded.match !== 'same' ? [recorded.note] : [];
  const out =
    format === 'human'
      ? humanReport(file, read.report, findings, {
          notes: read.notes ?? [],
          unplaced: read.unplaced ?? [],
          profileNote,
        })
      : json(
          { ...entry(file, read), findings, ...(recorded ? { profile: recorded } : {}) },
          format,
        );
  const ocr = Object.values(read.provenance ?? {}).some((p) => p.source === 'ocr');
  return { file, status, out, err: '', org: { name: read.report.meta.org, ocr } };
}

/** "  错误（强制性）[T3_BALANCE] …", or "  已说明 [RULE] …（说明：…）" for an explained warning. */
function findingLine(f: Finding): string {
  if (f.explained) return `  已说明 [${f.rule}] ${f.message}（说明：${f.explained.reason}）`;
  return `  ${SEVERITY_LABELS[f.severity]}（${LEVEL_LABELS[f.severity]}）[${f.rule}] ${f.message}`;
}

/** How many unplaced source lines the human output quotes before it only counts the rest. */
const UNPLACED_SHOWN = 10;

function humanReport(
  file: string,
  report: Report,
  findings: Finding[],
  read: {
    notes: readonly string[];
    unplaced: readonly string[];
    profileNote: readonly string[];
  },
): string {
  const head = `${file}：${report.meta.org} ${report.meta.year}年 · ${getTemplate(report.template).name}`;
  const notes = [
    ...read.profileNote.map((n) => `  地方要求：${n}`),
    ...read.notes.map((n) => `  读入说明：${n}`),
  ];
  const shown = read.unplaced.slice(0, UNPLACED_SHOWN).map((u) => `  未能归位：${u}`);
  const more = read.unplaced.length - shown.length;
  if (more > 0) shown.push(`  未能归位：另有 ${more} 行`);
  // Reading doubts apart from the report's own findings: they may be the reader's mistake.
  const own = findings.filter((f) => !f.doubt).map(findingLine);
  const doubts = findings.flatMap((f) =>
    f.doubt ? [`  ${DOUBT_HEADING}：[${f.rule}] ${f.message}（${f.doubt.reason}）`] : [],
  );
  const lines = [...notes, ...shown, ...own, ...doubts];
  const { errors, warnings, explained, infos } = countFindings(findings);
  const counts = [
    `${errors} 个错误`,
    `${warnings} 个警告`,
    ...(explained ? [`${explained} 个已说明`] : []),
    ...(infos ? [`${infos} 个提示`] : []),
    ...(doubts.length ? [`${doubts.length} 个读取存疑`] : []),
  ];
  const total = findings.length === 0 ? '  未发现问题' : `  共 ${counts.join('，')}`;
  return `${[head, ...lines, total].join('\n')}\n\n`;
}
