/**
 * A table region as a stream of words: label text and number cells, in reading order. Every text
 * layout (tabs, spaces, pipes, one cell per line, PDF fragments) reduces to the same stream, so
 * tables are read by their labels, never by column positions.
 */
import { normalizeDigits } from '../../number';
import { isFurniture, isTabRow } from '../normalize';

/** A word of a table region: label text or a number cell. */
export type Token =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly line: number;
      /** The word's middle, in character columns from the line's start (text not in a grid). */
      readonly x?: number;
      /** In a grid row: the index of the field (cell) it is in. */
      readonly field?: number;
    }
  /**
   * A number cell as written ("22（其中修订16件）", "251000元"); `blank` for "—", "/", "无" or an empty
   * cell of a grid row (raw ""), which holds its column as a number would.
   */
  | {
      readonly kind: 'number';
      readonly raw: string;
      readonly line: number;
      readonly blank?: true;
      /** From a grid row, where a cell's position is its column. */
      readonly grid?: true;
      /** In a grid row: the index of the field (cell) it is in. */
      readonly field?: number;
      /**
       * The cell's middle in character columns from the line's start, for text that is not a grid:
       * in laid-out text (pdftotext -layout, the PDF importer's lines) it says the column.
       */
      readonly x?: number;
    };

const NUMBER =
  /^[+-]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?(?:万元|元|件|个|条|项|起|次|份)?(?:[（(][^（）()]*[）)])?$/;
/** A mark printed for "none" in a number cell: a dash or a slash (read as 0, see cell-reading). */
const BLANK = /^(?:[-—–－─]{1,2}|[/／])$/;
/**
 * 无 printed for "none": a mark only where it is a grid cell's whole text — in laid-out text a
 * lone 无 is as often a label's first character wrapped in a narrow column (（四）无法提供).
 */
const NONE = /^无$/;
/** A note in brackets that belongs to the number before it: it states a count or a breakdown. */
const NOTE = /^[（(](?=[^（）()]*(?:\d|其中|含|包括|注))[^（）()]*[）)]$/;
/** Words after which a number is running text, not a cell: "2020 年", "保留 4 位小数", "368 条". */
const NOT_A_CELL_AFTER = /^[年月日位条件个项次起份号届]/;

/**
 * A number one space after words that opened a bracket not yet closed (without positions: ending
 * the line) is running text inside it ("采购总金额（单位：万元，保留 4" wrapped before "位小数）"), not a cell.
 */
function inBrackets(words: readonly string[], at: readonly number[] | undefined, i: number) {
  const prev = words[i - 1];
  if (prev === undefined || isNumberWord(prev)) return false;
  const start = at?.[i];
  const prevStart = at?.[i - 1];
  // Without positions: only the line's last word (running text broken inside the bracket).
  if (start === undefined || prevStart === undefined) {
    if (i !== words.length - 1) return false;
  } else if (start - (prevStart + prev.length) > 1) return false;
  const before = words.slice(0, i).join('');
  const open = (before.match(/[（(]/g) ?? []).length;
  return open > (before.match(/[）)]/g) ?? []).length;
}

function isNumberWord(word: string): boolean {
  return NUMBER.test(normalizeDigits(word));
}

/**
 * The words of one cell (or of a whole line that is not a grid row); `at` gives each word's first
 * column in the line when positions are kept.
 */
function wordTokens(
  words: readonly string[],
  line: number,
  tokens: Token[],
  at?: readonly number[],
): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1];
    const start = at?.[i];
    const x = start === undefined ? {} : { x: start + word.length / 2 };
    if (BLANK.test(word)) {
      tokens.push({ kind: 'number', raw: word, line, blank: true, ...x });
    } else if (
      isNumberWord(word) &&
      !(next !== undefined && NOT_A_CELL_AFTER.test(next)) &&
      !inBrackets(words, at, i)
    ) {
      let raw = word;
      // "251000 元", "22 （其中修订16件）": the unit or note written apart still belongs to the cell.
      if (next !== undefined && (/^万?元$/.test(next) || NOTE.test(next))) {
        raw = `${word}${next}`;
        i++;
      }
      tokens.push({ kind: 'number', raw, line, ...x });
    } else {
      tokens.push({ kind: 'text', text: word, line, ...x });
    }
  }
}

/** The words of a line that is not a grid row, with the column each starts at. */
function spacedWords(text: string, indent: number): { words: string[]; at: number[] } {
  const words: string[] = [];
  const at: number[] = [];
  for (const m of text.matchAll(/[^\s\u3000|｜]+/g)) {
    words.push(m[0]);
    at.push(indent + m.index);
  }
  return { words, at };
}

const SPACES = /[\s\u3000]+/;

/**
 * The cells of a grid row: TAB-separated (a table from HTML or Word, a TSV, Word's "save as text")
 * or a markdown/pipe row ("| 自然人 |  | 5 |"); undefined for any other line. Outer pipes are
 * borders, not cells.
 */
export function gridFields(text: string): string[] | undefined {
  if (text.includes('\t')) return isTabRow(text) ? text.split('\t') : undefined;
  if (!/[|｜]/.test(text)) return undefined;
  const fields = text.trim().split(/[|｜]/);
  if (/^[|｜]/.test(text.trim())) fields.shift();
  if (/[|｜]$/.test(text.trim())) fields.pop();
  return fields.length >= 3 && fields.some((f) => f.trim() !== '') ? fields : undefined;
}

/**
 * The tokens of one line (numbered `line` in the source). In a grid row a cell's position is its
 * column: an empty cell after the row's label is a blank number cell, never skipped (offices leave
 * zero cells blank); empty cells before or between label cells are merged label cells. Given the
 * line's `indent` (a laid-out line, see isLaidOut), words off a grid keep their columns (x).
 */
export function lineTokens(text: string, line: number, indent?: number): Token[] {
  if (isFurniture(text)) return [];
  const tokens: Token[] = [];
  const fields = gridFields(text);
  if (!fields) {
    const { words, at } = spacedWords(text, indent ?? 0);
    wordTokens(words, line, tokens, indent === undefined ? undefined : at);
    return tokens;
  }
  // A merged cell a converter repeated in every column it spans ("| （一）予以公开 | （一）予以公开 |")
  // is one cell and the positions it spans, as a web page's grid has them.
  const spread = fields.map((field, i) =>
    i > 0 &&
    field.trim() !== '' &&
    field.trim() === fields[i - 1]?.trim() &&
    !isNumberWord(field.trim()) &&
    !BLANK.test(field.trim()) &&
    !NONE.test(field.trim())
      ? ''
      : field,
  );
  const perField = spread.map((field) => {
    const own: Token[] = [];
    if (NONE.test(field.trim())) {
      const none: Token = { kind: 'number', raw: '无', line, blank: true };
      return [none];
    }
    wordTokens(
      field.split(SPACES).filter((w) => w !== ''),
      line,
      own,
    );
    return own;
  });
  const lastText = perField.findLastIndex((own) => own.some((t) => t.kind === 'text'));
  perField.forEach((own, i) => {
    for (const t of own)
      tokens.push(t.kind === 'number' ? { ...t, grid: true, field: i } : { ...t, field: i });
    if (own.length === 0 && i > lastText)
      tokens.push({ kind: 'number', raw: '', line, blank: true, grid: true, field: i });
  });
  return tokens;
}

/** Whether a line is laid out by position: runs of spaces between its words, or an indent. */
export function isLaidOut(text: string, indent: number): boolean {
  return !text.includes('\t') && (indent >= 2 || /\S[ \u3000]{2,}\S/.test(text));
}

/** Whether a line holds at least one number cell. */
export function hasNumberCell(text: string): boolean {
  return lineTokens(text, 0).some((t) => t.kind === 'number' && !t.blank);
}
