/**
 * A report read from scanned pages: the OCR words laid out as a PDF text layer and read by the
 * same readers, then every cell the tables gave marked as read by OCR — with its confidence, the
 * equations' calls, and cells that came out blank in doubt — and never read as printed until a
 * person confirms it.
 */
import { cellsOf, type CellInfo } from '../../cells';
import { equationCells, equationsOf } from '../../equations';
import type { CellSource, ImportOptions, ImportResult, InputKind } from '../import-result';
import { formatScores } from '../detect-format';
import { importPositioned, positionedLines, type TextPiece } from '../import-positioned';
import { decidedFormat, NO_YEAR_NOTE, UNDECIDED_FORMAT_NOTE } from '../import-text';
import { parseCell } from '../../number';
import { getTemplate, type TemplateId } from '../../templates';
import { FORMAT_DOUBT } from './scan-messages';
import { ocrPieces } from './ocr-pieces';
import type { OcrPage } from './read-page';
import { equationTally, refereeCalls, vouched } from './referee';

/** Below this the recogniser's own confidence puts a cell in doubt. */
export const LOW_CONFIDENCE = 0.9;

/** The least confidence of the number words that read as each value. */
function confidenceByValue(pages: readonly OcrPage[]): Map<number, number> {
  const least = new Map<number, number>();
  for (const word of pages.flatMap((p) => p.words)) {
    const text = word.text.replace(/[\s,，]/g, '');
    if (!/^-?\d+(\.\d+)?$/.test(text)) continue;
    const value = Number(text);
    least.set(value, Math.min(least.get(value) ?? 1, word.confidence));
  }
  return least;
}

/**
 * The rows of the template not on the pages scanned: those of a table nothing was read in, and
 * those before the table's first row read or after its last. A row between two rows read is on
 * the page: nothing read in it means its label was misread (its numbers are then among the lines
 * not placed), not that it is absent — its cells stay in doubt, read one by one off the page.
 */
export function rowsNotScanned(
  rows: readonly { readonly table: string; readonly bodyRow: number }[],
  read: ReadonlySet<string>,
): Set<string> {
  const key = (row: { table: string; bodyRow: number }) => `${row.table}:${row.bodyRow}`;
  const span = new Map<string, { first: number; last: number }>();
  for (const row of rows) {
    if (!read.has(key(row))) continue;
    const known = span.get(row.table);
    span.set(row.table, {
      first: Math.min(known?.first ?? row.bodyRow, row.bodyRow),
      last: Math.max(known?.last ?? row.bodyRow, row.bodyRow),
    });
  }
  const absent = new Set<string>();
  for (const row of rows) {
    const within = span.get(row.table);
    if (!within || row.bodyRow < within.first || row.bodyRow > within.last) absent.add(key(row));
  }
  return absent;
}

/**
 * Why a blank cell is in doubt, and the value proposed. A row not on the pages scanned
 * (rowsNotScanned) stays blank: the clerk confirms that for all such rows at once. A row on the
 * page with nothing read in it had its label misread: read off the page, never proposed. In a row
 * that was read, a blank is a number the recogniser may have missed ("0", "1" are): when its
 * row's and column's equations both hold it must be 0, proposed so (confirmed with the other
 * cells the equations agree on); otherwise the clerk reads it off the page.
 */
function blankDoubt(
  vouch: boolean,
  row: 'read' | 'unread' | 'absent',
): { doubt: string; proposed?: number; absent?: true } {
  if (row === 'absent') {
    return { doubt: '这一行不在所扫描的页面上（没有读到行名和数字），保持空白', absent: true };
  }
  if (row === 'unread') {
    return {
      doubt:
        '这一行在所扫描的页面上，但未能识别出行名（其数字可能列在“未能归入报告的内容”中），请对照原件填写',
    };
  }
  if (vouch) return { doubt: '未识别出数字；所在行、列的勾稽关系都成立，应为 0', proposed: 0 };
  return { doubt: '未识别出数字（单字格如“0”“1”常被漏检），请对照原件填写' };
}

/** What the reader of a scan knows of its format besides the pages, and whence (said in the doubt). */
export interface KnownFormat {
  readonly template: TemplateId;
  /** Where it comes from, as the doubt names it: "本批其他 3 份报告的格式". */
  readonly from: string;
}

/** A scan's import options: those of any import, and the format known from elsewhere. */
export interface ScanOptions extends ImportOptions {
  readonly knownFormat?: KnownFormat;
}

/** The format the pages' labels single out (one of them prints a label the other has not), if any. */
function pagesFormat(pieces: readonly TextPiece[]): TemplateId | undefined {
  return decidedFormat(formatScores(positionedLines({ pieces }).join('\n')));
}

/**
 * A cropped table page (表三's rows alone) prints nothing that tells the 2019 format from the 2021
 * one. Then the format is taken from what is known — the caller's (the batch's other reports),
 * else the report year, else the format in force — and said as a doubt, never silently.
 */
function chooseScanFormat(
  pieces: readonly TextPiece[],
  options: ScanOptions,
): { options: ImportOptions; doubt?: (format: TemplateId, yearFound: boolean) => string } {
  const { knownFormat, ...rest } = options;
  if (rest.template || pagesFormat(pieces)) return { options: rest };
  const doubt = (format: TemplateId, yearFound: boolean) => {
    const from = knownFormat
      ? knownFormat.from
      : yearFound
        ? '报告年度'
        : '现行格式（未找到报告年度，也没有其他依据）';
    return `${FORMAT_DOUBT}所扫描的页面上没有区分 2019 年版和 2021 年版格式的栏目，按${from}采用${getTemplate(format).name}，请对照原件核对。`;
  };
  return { options: knownFormat ? { ...rest, template: knownFormat.template } : rest, doubt };
}

/** Read a report from OCR'd pages (a scanned PDF or page images). */
export function importScanned(
  pages: readonly OcrPage[],
  options: ScanOptions = {},
  input: InputKind = 'pdf',
): ImportResult {
  if (!pages.some((p) => p.words.length > 0)) {
    return { ok: false, message: '识别后仍未找到文字：请确认扫描件清晰、方向正确。' };
  }
  const pieces = ocrPieces(pages);
  const chosen = chooseScanFormat(pieces, options);
  const result = importPositioned({ pieces }, chosen.options, input);
  if (!result.ok) return result;
  const template = getTemplate(result.report.template);
  const confidence = confidenceByValue(pages);
  const calls = new Map(refereeCalls(result.report).map((c) => [c.cell, c]));
  const checked = new Set(equationsOf(template).flatMap(equationCells));
  const tally = equationTally(result.report);
  // The tables any number was read in: a table with none was not on the pages scanned.
  // The rows anything was read in: a value, or a blank the reader saw in a row it found.
  const rowOf = (info: CellInfo) => `${info.table}:${info.bodyRow}`;
  const filled = (id: string) => {
    const v = result.report.cells[id];
    return (
      (v !== null && v !== undefined && v !== '') || result.provenance[id]?.source !== 'missing'
    );
  };
  const rowsRead = new Set(
    [...cellsOf(template)].filter(([id]) => filled(id)).map(([, info]) => rowOf(info)),
  );
  const notScanned = rowsNotScanned([...cellsOf(template).values()], rowsRead);
  const rowState = (info: CellInfo) =>
    rowsRead.has(rowOf(info)) ? 'read' : notScanned.has(rowOf(info)) ? 'absent' : 'unread';
  const provenance: Record<string, CellSource> = {};
  for (const [id, info] of cellsOf(template)) {
    const parsed = parseCell(result.report.cells[id], info.kind);
    const value = parsed.ok ? parsed.value : null;
    const sure = value === null ? 0 : (confidence.get(value) ?? 0);
    const call = calls.get(id);
    const read_ = result.provenance[id];
    // A number in equations that all hold is vouched for by them, whatever its confidence: a
    // misread would have to be cancelled by another in every equation it is in. A number in none
    // (表二) has only the recogniser's confidence to go by. Blanks: blankDoubt.
    const blank =
      value === null && !call
        ? blankDoubt(vouched(tally.get(id), true), rowState(info))
        : undefined;
    const doubt =
      call?.reason ??
      (read_?.source === 'inferred' ? `推定：${read_.how}` : undefined) ??
      (value === null
        ? blank?.doubt
        : !checked.has(id) && sure < LOW_CONFIDENCE
          ? `识别置信度 ${sure.toFixed(2)}，偏低，且没有勾稽关系可以核对`
          : undefined);
    const proposed = call?.proposed ?? blank?.proposed;
    provenance[id] = {
      source: 'ocr',
      confidence: sure,
      confirmed: false,
      ...(doubt ? { doubt } : {}),
      ...(proposed !== undefined ? { proposed } : {}),
      ...(blank?.absent ? { absent: true } : {}),
    };
  }
  const doubtful = Object.values(provenance).filter((p) => p.source === 'ocr' && p.doubt).length;
  const infos = cellsOf(template);
  const cellName = (id: string) => {
    const info = infos.get(id);
    return info ? `${template.tables[info.table].name} ${info.name}` : id;
  };
  // The reader's own word on an undecided format gives way to the doubt, which says whence.
  const yearFound =
    chosen.options.year !== undefined || !result.notes.some((n) => n.startsWith(NO_YEAR_NOTE));
  const formatDoubt = chosen.doubt?.(result.format, yearFound);
  const notes = [
    `这份报告是扫描件，数字由 OCR 识别：共 ${Object.keys(provenance).length} 个单元格，其中 ${doubtful} 个存疑。确认前所有识别结果都不算“按原文读取”，请对照原件逐格确认。`,
    ...(formatDoubt ? [formatDoubt] : []),
    ...[...calls.values()]
      .filter((c) => c.proposed !== undefined)
      .map(
        (c) =>
          `${cellName(c.cell)}：识别为 ${String(result.report.cells[c.cell] ?? '空白')}，${c.reason}`,
      ),
    ...result.notes.filter((n) => !(formatDoubt && n.startsWith(UNDECIDED_FORMAT_NOTE))),
  ];
  return { ...result, input, notes, provenance, ...(formatDoubt ? { formatDoubt } : {}) };
}
