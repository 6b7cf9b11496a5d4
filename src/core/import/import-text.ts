/**
 * Reading a report from text in any layout of the official format §7: the title gives 机关 and year, the
 * headings split the text into sections, the narrative is joined into paragraphs and each table
 * is read from its own region by its labels. The HTML, Word and PDF importers end here too.
 */
import { cellIds } from '../cells';
import { REPORT_KIND, REPORT_VERSION, type CellValue, type Report } from '../report';
import { getTemplate, TEMPLATES, templateIdForYear, type TemplateId } from '../templates';
import {
  TEXT_KEYS,
  type SectionId,
  type TableId,
  type Template,
  type TextKey,
} from '../template-types';
import { formatScores } from './detect-format';
import { headingLines as printedHeadings } from './heading-lines';
import { headingSection } from './headings';
import type { CellSource, ImportOptions, ImportResult, InputKind } from './import-result';
import {
  isOrgLine,
  isSignatureLine,
  orgInText,
  orgTypeOf,
  parseDateLine,
  parseTitle,
  publisherIn,
  yearInText,
} from './meta';
import { cleanLine, isFurniture, labelKey, splitLines, trimText } from './normalize';
import { joinParagraphs } from './paragraphs';
import { fillDerived } from './table/derive-blanks';
import { readTable, type SourceLine } from './table/read-table';
import { isLaidOut } from './table/tokens';

/** How the note on a report year not found begins (import-scanned.ts reads it). */
export const NO_YEAR_NOTE = '没有找到报告年度';

/** How the note on a format the tables do not decide begins (import-scanned.ts replaces it). */
export const UNDECIDED_FORMAT_NOTE = '表格中没有区分两种格式的栏目';
/** stray: in no part of the report; used: a heading, the title or the signature. */
type Owner = 'stray' | 'used' | 'intro' | SectionId;

const TABLES = ['t2', 't3', 't4'] as const;
const SECTION_OF: Record<TableId, SectionId> = { t2: 'active', t3: 'requests', t4: 'review' };
const TEXTS = TEXT_KEYS;

/** Where a table starts when its section heading is missing. */
const ANCHORS: Record<TableId, (key: string) => boolean> = {
  t2: (key) => key.startsWith('第二十条第一项'),
  t3: (key) => key.startsWith('本列数据的勾稽关系') || key.startsWith('一本年新收政府信息公开'),
  t4: (key) => /^行政复议(?:行政诉讼)?$/.test(key),
};

interface Outline {
  readonly owners: Owner[];
  readonly title?: { readonly org: string; readonly year: number };
  readonly headings: number;
}

/** The title line (and the 机关名称 line above a two-line title) before the tables start. */
function findTitle(lines: readonly string[], sections: readonly (SectionId | undefined)[]) {
  const tablesAt = sections.findIndex((s) => s === 'active' || s === 'requests');
  const limit = tablesAt < 0 ? lines.length : tablesAt;
  const publisher = lines
    .slice(0, limit)
    .map(publisherIn)
    .find((p) => p !== undefined);
  for (let i = 0; i < limit; i++) {
    let parsed = parseTitle(lines[i] ?? '');
    // A title broken over two lines: "某镇2024年政府信息公开" / "工作年度报告".
    const next = lines[i + 1] ?? '';
    const joined = !parsed && next !== '' ? parseTitle((lines[i] ?? '') + next) : undefined;
    if (joined) parsed = joined;
    if (!parsed) continue;
    const at = joined ? i + 1 : i;
    if (parsed.org === '' && publisher)
      return { at, title: { ...parsed, org: publisher }, orgAt: joined ? i : -1 };
    if (parsed.org !== '') return { at, title: parsed, orgAt: joined ? i : -1 };
    let j = i - 1;
    while (j >= 0 && lines[j] === '') j--;
    const above = lines[j] ?? '';
    if (j >= 0 && isOrgLine(above) && sections[j] === undefined)
      return { at: i, title: { org: above, year: parsed.year }, orgAt: j };
    return { at: i, title: parsed, orgAt: -1 };
  }
  return undefined;
}

/** The section each line heads; a heading PDF text broke before its last character or two counts. */
function headingLines(lines: readonly string[]): {
  sections: (SectionId | undefined)[];
  tails: Set<number>;
} {
  const sections = lines.map((l) => (l === '' ? undefined : headingSection(l)));
  const tails = new Set<number>();
  lines.forEach((line, i) => {
    const next = lines[i + 1] ?? '';
    if (sections[i] || line === '' || next === '' || next.length > 3) return;
    const joined = headingSection(line + next);
    if (joined && !headingSection(next)) {
      sections[i] = joined;
      tails.add(i + 1);
    }
  });
  return { sections, tails };
}

/** Decide which part of the report each line belongs to. */
function outline(lines: readonly string[]): Outline {
  const { sections, tails } = headingLines(lines);
  const found = findTitle(lines, sections);
  const owners: Owner[] = [];
  // Before the title is page furniture, unless a section has already begun (seed 000 repeats
  // "一、总体情况" above its title).
  let current: Owner = found ? 'stray' : 'intro';
  lines.forEach((line, i) => {
    const section = sections[i];
    if (section) {
      current = section;
      owners.push('used');
    } else if (tails.has(i)) {
      owners.push('used');
    } else if (found && (i === found.at || i === found.orgAt)) {
      if (i === found.at && current === 'stray') current = 'intro';
      owners.push('used');
    } else if (found && parseTitle(line)?.year === found.title.year) {
      owners.push('used');
    } else {
      owners.push(current);
    }
  });
  anchorTables(lines, sections, owners);
  // Without an 一 heading the text before 二 is the 总体情况 itself, not an opening paragraph.
  if (!owners.includes('overview')) {
    owners.forEach((owner, i) => {
      if (owner === 'intro') owners[i] = 'overview';
    });
  }
  return {
    owners,
    ...(found ? { title: found.title } : {}),
    headings: sections.filter((s) => s !== undefined).length,
  };
}

/** Give a table the lines from its anchor when the section heading above it is missing. */
function anchorTables(
  lines: readonly string[],
  sections: readonly (SectionId | undefined)[],
  owners: Owner[],
) {
  for (const table of TABLES) {
    if (owners.includes(SECTION_OF[table])) continue;
    const start = lines.findIndex((l) => ANCHORS[table](labelKey(l)));
    if (start < 0) continue;
    for (let i = start; i < lines.length; i++) {
      if (sections[i] !== undefined) break;
      const key = labelKey(lines[i] ?? '');
      if (i > start && TABLES.some((t) => t !== table && ANCHORS[t](key))) break;
      owners[i] = SECTION_OF[table];
    }
  }
}

interface Signature {
  readonly signature?: string;
  readonly date?: string;
}

/** The 署名 and 成文日期 at the end of the text; their lines leave the narrative. */
function signatureBlock(lines: readonly string[], owners: Owner[]): Signature {
  const tail: number[] = [];
  for (let i = lines.length - 1; i >= 0 && tail.length < 6; i--) {
    const owner = owners[i] ?? 'stray';
    if (lines[i] === '' || owner === 'used' || owner === 'stray') continue;
    if (owner === 'active' || owner === 'requests' || owner === 'review') break;
    tail.push(i);
  }
  for (const [k, i] of tail.entries()) {
    const date = parseDateLine(lines[i] ?? '');
    if (!date) continue;
    for (const after of tail.slice(0, k)) owners[after] = 'stray';
    owners[i] = 'used';
    const above = tail[k + 1];
    if (above !== undefined && isSignatureLine(lines[above] ?? '')) {
      owners[above] = 'used';
      return { signature: lines[above] ?? '', date };
    }
    return { date };
  }
  return {};
}

/** The format the text's markers single out (one format's labels score above the other's), if any. */
export function decidedFormat(scores: Record<string, number>): TemplateId | undefined {
  const best = Math.max(0, ...Object.values(scores));
  const leaders = TEMPLATES.filter((t) => (scores[t.id] ?? 0) === best);
  const [leader] = leaders;
  return best > 0 && leaders.length === 1 && leader ? leader.id : undefined;
}

function chooseFormat(
  scores: Record<string, number>,
  year: number | undefined,
  options: ImportOptions,
): { format: TemplateId; note?: string } {
  if (options.template) return { format: options.template };
  const decided = decidedFormat(scores);
  if (decided) return { format: decided };
  // No marker, or a tie: the format of the year (the newest format when the year is unknown).
  const format = year === undefined ? templateIdForYear(Infinity) : templateIdForYear(year);
  return {
    format,
    note: `${UNDECIDED_FORMAT_NOTE}，按报告年度采用${getTemplate(format).name}`,
  };
}

interface Tables {
  readonly cells: Record<string, CellValue>;
  readonly provenance: Record<string, CellSource>;
  readonly notes: string[];
  readonly unplaced: Set<number>;
  readonly numbers: number;
}

/** Every table read from the lines of its section; cells not found stay blank. */
function readTables(template: Template, linesOf: (owner: Owner) => SourceLine[]): Tables {
  const cells: Record<string, CellValue> = {};
  for (const id of cellIds(template)) cells[id] = null;
  const provenance: Record<string, CellSource> = {};
  for (const id of cellIds(template)) provenance[id] = { source: 'missing' };
  const notes: string[] = [];
  const unplaced = new Set<number>();
  let numbers = 0;
  for (const table of TABLES) {
    const read = readTable(template, table, linesOf(SECTION_OF[table]));
    Object.assign(cells, read.cells);
    Object.assign(provenance, read.provenance);
    notes.push(...read.notes);
    for (const i of read.unplaced) unplaced.add(i);
    numbers += read.numbers;
  }
  // A blank is not a zero: the blanks the equations of the tables determine get their values.
  if (numbers > 0) notes.push(...fillDerived(template, cells, provenance));
  return { cells, provenance, notes, unplaced, numbers };
}

/** 机关名称 and year from the options, the title, the signature or the text, with what to check. */
function resolveMeta(
  options: ImportOptions,
  found: { title?: Outline['title']; signature: Signature; narrative: string; format: TemplateId },
) {
  const notes: string[] = [];
  let year = options.year ?? found.title?.year ?? yearInText(found.narrative);
  if (year === undefined) {
    // A format no longer in force: its last year; one in force: most likely last year's report.
    year = getTemplate(found.format).years.to ?? new Date().getFullYear() - 1;
    notes.push(
      `${NO_YEAR_NOTE}（标题应为“机关名称＋YYYY年政府信息公开工作年度报告”），暂按 ${year} 年，请核对`,
    );
  }
  const fromText = found.signature.signature || orgInText(found.narrative) || '';
  const org = options.org ?? (found.title?.org || fromText);
  if (org === '') notes.push('没有找到机关名称，请填写');
  else if (options.org === undefined && !found.title?.org) {
    const where = found.signature.signature ? '署名' : '正文';
    notes.push(`没有找到标题，机关名称按${where}取“${org}”，请核对`);
  }
  return { org, year, notes };
}

const NOT_A_REPORT =
  '没有识别出政府信息公开工作年度报告的内容：应有“一、总体情况”至“六、其他需要报告的事项”等部分标题，以及主动公开、依申请公开、行政复议和行政诉讼三张统计表。';

/** Read a report from its text (see the module doc for what is recognised). */
export function importText(
  text: string,
  options: ImportOptions = {},
  input: InputKind = 'text',
): ImportResult {
  const raw = splitLines(text);
  const lines = raw.map((l) => (isFurniture(l) ? '' : cleanLine(l)));
  const { owners, title, headings } = outline(lines);
  const signature = signatureBlock(lines, owners);
  // pdftotext starts each page with a form feed: not part of the line's indent, and the page is
  // kept (a table's columns are measured on rows of the same page: -layout spaces each anew).
  let page = 0;
  const indents = raw.map((line) => {
    if (line.includes('\f')) page++;
    const l = line.replace(/\f/g, '');
    const indent = /^[ \u3000]*/.exec(l)?.[0].length ?? 0;
    return isLaidOut(l, indent) ? { indent, laidOut: true, page } : { indent, page };
  });
  const linesOf = (owner: Owner): SourceLine[] =>
    lines.flatMap((t, index) =>
      owners[index] === owner && t !== '' ? [{ index, text: t, ...indents[index] }] : [],
    );
  const tableText = TABLES.flatMap((t) => linesOf(SECTION_OF[t]).map((l) => l.text)).join('\n');
  const narrative = TEXTS.flatMap((t) => linesOf(t).map((l) => l.text)).join('\n');

  const titleYear = options.year ?? title?.year ?? yearInText(narrative);
  const { format, note } = chooseFormat(formatScores(tableText || text), titleYear, options);
  const template = getTemplate(format);
  const tables = readTables(template, linesOf);
  if (headings === 0 && tables.numbers === 0) return { ok: false, message: NOT_A_REPORT };

  const meta = resolveMeta(options, { ...(title ? { title } : {}), signature, narrative, format });
  const texts: Partial<Record<TextKey, string>> = {};
  for (const owner of TEXTS) {
    const paragraphs = joinParagraphs(linesOf(owner).map((l) => l.text)).join('\n');
    if (owner !== 'intro' || paragraphs !== '') texts[owner] = paragraphs;
  }
  const orgType = orgTypeOf(meta.org);
  const report: Report = {
    kind: REPORT_KIND,
    version: REPORT_VERSION,
    template: format,
    meta: {
      org: meta.org,
      year: meta.year,
      ...(orgType ? { orgType } : {}),
      ...(signature.date ? { date: signature.date } : {}),
      ...(signature.signature ? { signature: signature.signature } : {}),
    },
    text: texts,
    cells: tables.cells,
  };
  lines.forEach((line, i) => {
    if (owners[i] === 'stray' && line !== '') tables.unplaced.add(i);
  });
  return {
    ok: true,
    report,
    format,
    input,
    unplaced: [...tables.unplaced].sort((a, b) => a - b).map((i) => trimText(raw[i] ?? '')),
    notes: [...meta.notes, ...(note ? [note] : []), ...tables.notes],
    provenance: tables.provenance,
    headings: printedHeadings(lines),
  };
}
