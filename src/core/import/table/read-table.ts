/** One statutory table read from the source lines of its region into cell values, with notes. */
import { cellsOf } from '../../cells';
import { formatValue, parseCell } from '../../number';
import type { CellValue } from '../../report';
import type { CellKind, TableId, Template } from '../../template-types';
import { readRows } from './match-rows';
import { labelKey, trimText } from '../normalize';
import { rowSpecs, tableLabelKeys } from './row-specs';
import { lineTokens, hasNumberCell, type Token } from './tokens';

/** A source line and its index in the text. */
export interface SourceLine {
  readonly index: number;
  readonly text: string;
}

/** The cells of one table, with notes and the lines that were not table lines. */
export interface TableRead {
  /** Values of the cells that were found (blank cells found are null). */
  readonly cells: Readonly<Record<string, CellValue>>;
  readonly notes: readonly string[];
  /** Source lines of the region that were not part of the table. */
  readonly unplaced: readonly number[];
  /** How many number cells were read. */
  readonly numbers: number;
}

type NumberToken = Extract<Token, { kind: 'number' }>;

/** A sentence under a table heading, not a table line: it ends a sentence or runs long with commas. */
function isProse(text: string): boolean {
  if (/[\t|｜]/.test(text)) return false;
  const line = trimText(text);
  if (/。/.test(line)) return true;
  return line.length > 45 && /[，,]/.test(line) && !hasNumberCell(line);
}

function cellValue(
  token: NumberToken,
  kind: CellKind,
  name: string,
): { value: CellValue; note?: string } {
  if (token.blank) return { value: null };
  const parsed = parseCell(token.raw, kind);
  if (!parsed.ok) return { value: token.raw, note: `${name}：${parsed.message}，已按原文保留` };
  if (parsed.note === undefined || parsed.value === null) return { value: parsed.value };
  return {
    value: parsed.value,
    note: `${name}：“${token.raw}”按 ${formatValue(parsed.value, kind)} 读入（${parsed.note}）`,
  };
}

/** Table 四 has one data row: its fifteen numbers follow the header labels, in order. */
function readTable4(template: Template, tokens: readonly Token[]) {
  const numbers = tokens.filter((t): t is NumberToken => t.kind === 'number');
  const ids = [...cellsOf(template).values()].filter((c) => c.table === 't4');
  const cells = new Map<string, NumberToken>();
  ids.forEach((info, i) => {
    const n = numbers[i];
    if (n) cells.set(info.id, n);
  });
  const notes: string[] = [];
  if (numbers.length > 0 && numbers.length !== ids.length) {
    notes.push(
      numbers.length > ids.length
        ? `表四 有 ${numbers.length} 个数字，按前 ${ids.length} 个读入，多出的未使用`
        : `表四 只有 ${numbers.length} 个数字（应为 ${ids.length} 个），按从左到右读入，其余留空`,
    );
  }
  return { cells, notes, leftover: numbers.slice(ids.length), strayWords: [] as const };
}

/** Tables 二 and 三: rows by their labels, with notes on rows missing, short or left over. */
function readBodyRows(template: Template, table: 't2' | 't3', tokens: readonly Token[]) {
  const name = template.tables[table].name;
  const rows = readRows(rowSpecs(template, table), tokens);
  const notes: string[] = [];
  if (rows.cells.size > 0) {
    for (const spec of rows.missing) notes.push(`${spec.name}：未找到这一行，留空`);
    const short = rows.short.filter((s) => s.got > 0);
    const first = short[0];
    if (first) {
      notes.push(
        `${name} 有 ${short.length} 行数字少于栏数（如 ${first.spec.name} 只有 ${first.got} 个），按从左到右读入，缺的留空`,
      );
    }
  }
  if (rows.leftover.length > 0) {
    const numbers = rows.leftover.map((n) => n.raw).join(' ');
    notes.push(`${name} 有 ${rows.leftover.length} 个数字无法对应到行：${numbers}`);
  }
  return { ...rows, notes };
}

/** Read one table from the lines of its region. */
export function readTable(
  template: Template,
  table: TableId,
  lines: readonly SourceLine[],
): TableRead {
  const prose = lines.filter((l) => isProse(l.text));
  const tokens = lines.filter((l) => !isProse(l.text)).flatMap((l) => lineTokens(l.text, l.index));
  const read =
    table === 't4' ? readTable4(template, tokens) : readBodyRows(template, table, tokens);
  const infos = cellsOf(template);
  const notes = [...read.notes];
  if (read.cells.size === 0 && lines.length > 0) {
    notes.push(
      `${template.tables[table].name} 没有读到数字（表格可能是图片或格式无法识别），请对照原文填写`,
    );
  }
  const cells: Record<string, CellValue> = {};
  for (const [id, token] of read.cells) {
    const info = infos.get(id);
    if (!info) continue;
    const name = `${template.tables[table].name} ${info.name}`;
    const { value, note } = cellValue(token, info.kind, name);
    cells[id] = value;
    if (note) notes.push(note);
  }

  const known = tableLabelKeys(template, table).join('|');
  const unplaced = new Set<number>(prose.map((l) => l.index));
  for (const n of read.leftover) unplaced.add(n.line);
  for (const word of read.strayWords) {
    const key = labelKey(word.text);
    if (key !== '' && !known.includes(key)) unplaced.add(word.line);
  }
  return {
    cells,
    notes,
    unplaced: [...unplaced].sort((a, b) => a - b),
    numbers: read.cells.size,
  };
}
