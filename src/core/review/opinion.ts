/**
 * The 审核意见 as layout blocks, drawn by the report's Word renderer in the same GB/T 9704 style:
 * one document per unit (主送 the unit, its conclusion first, then what to fix, the explanations
 * with the reviewer's decision, what became of the last opinion's items), and one document of
 * every unit shown for the county's records. Both are written from the unit's opinion file, so
 * the Word text and the machine-readable file cannot disagree.
 */
import { formatDate, type Block } from '../layout';
import { getTemplate, isTemplateId } from '../templates';
import { opinionFile, withPreviousOpinions, type OpinionOptions } from './opinion-file';
import { CONCLUSION_LABELS, isOpen, type Conclusion } from './opinion-items';
import { EARLIER_LABELS, type OpinionFile } from './opinion-schema';
import type { ReviewedFile } from './reviewed-file';

export type { OpinionOptions } from './opinion-file';

const DIGITS = '零一二三四五六七八九';
const UNITS = ['', '十', '百', '千'];

/** 1 → 一, 12 → 十二, 105 → 一百零五 (the 一、 headings of up to 9999 reports). */
export function chineseOrdinal(n: number): string {
  const digits = String(n).split('').map(Number);
  let text = '';
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i] ?? '';
    if (d === 0) {
      if (!text.endsWith('零') && i < digits.length - 1) text += '零';
    } else text += `${DIGITS[d] ?? ''}${unit}`;
  });
  text = text.replace(/零+$/, '');
  return n >= 10 && n < 20 ? text.replace(/^一十/, '十') : text;
}

/** The 主送机关 line (GB/T 9704: below the title, flush left, ending with a full-width colon). */
export interface AddresseeBlock {
  readonly type: 'addressee';
  readonly text: string;
}

export type OpinionBlock = Block | AddresseeBlock;

type Item = OpinionFile['items'][number];

/** A part of an opinion: a heading, a lead paragraph, and groups of numbered lines. */
interface Part {
  readonly title: string;
  readonly lead?: string;
  readonly groups: readonly { readonly label?: string; readonly lines: readonly string[] }[];
}

const end = (text: string) => (/[。！？）)]$/.test(text) ? text : `${text}。`);

/** "【表三（七）总计 = …】message（涉及：…）" — the rule's title, what was found, where. */
function itemText(item: Item): string {
  return `【${item.title}】${end(item.message)}${item.where ? `（涉及${item.where}）` : ''}`;
}

function numbered(items: readonly Item[], line: (item: Item) => string): string[] {
  return items.map((item, i) => `${i + 1}. ${line(item)}`);
}

/** What to fix: errors, then warnings (an explanation not accepted among them). */
function toFix(opinion: OpinionFile): Part | undefined {
  const open = opinion.items.filter(isOpen);
  if (open.length === 0) return undefined;
  const line = (item: Item) => {
    if (item.disposition === 'explained-rejected') {
      return `${itemText(item)}单位说明：${end(item.explanation ?? '')}审核意见：不认可该说明${item.note ? `，${end(item.note)}` : '。'}请修改，或补充充分的说明。`;
    }
    return `${itemText(item)}修改建议：${end(item.fix)}${item.note ? `审核意见：${end(item.note)}` : ''}`;
  };
  const errors = open.filter((i) => i.severity === 'error');
  const warnings = open.filter((i) => i.severity !== 'error');
  return {
    title: '需要修改的问题',
    groups: [
      ...(errors.length
        ? [{ label: '强制性问题（必须修改）', lines: numbered(errors, line) }]
        : []),
      ...(warnings.length
        ? [{ label: '核实性问题（请修改或说明）', lines: numbered(warnings, line) }]
        : []),
    ],
  };
}

function simplePart(
  opinion: OpinionFile,
  title: string,
  which: Item['disposition'],
  line: (item: Item) => string,
  lead?: string,
): Part[] {
  const items = opinion.items.filter((i) => i.disposition === which);
  if (items.length === 0) return [];
  return [{ title, ...(lead ? { lead } : {}), groups: [{ lines: numbered(items, line) }] }];
}

/** What became of the last opinion's items. */
function earlierPart(opinion: OpinionFile): Part[] {
  const earlier = opinion.earlier;
  if (earlier.length === 0) return [];
  const count = (state: string) => earlier.filter((e) => e.state === state).length;
  const lines = earlier.map((e, i) => {
    const answer = e.answer ? `单位答复：${end(e.answer)}` : '';
    const note = e.note ? `（${e.note}）` : '';
    return `${i + 1}. 【${e.title}】${end(e.message)}——${EARLIER_LABELS[e.state]}。${answer}${note}`;
  });
  return [
    {
      title: '上次审核意见的整改情况',
      lead: `上次审核意见提出的${earlier.length}项问题中，已整改${count('fixed')}项，已答复${count('answered')}项，仍未整改${count('open')}项。`,
      groups: [{ lines }],
    },
  ];
}

/** Every part after the conclusion, in the order a unit reads them. */
function bodyParts(opinion: OpinionFile): Part[] {
  const fix = toFix(opinion);
  return [
    ...earlierPart(opinion),
    ...(fix ? [fix] : []),
    ...simplePart(
      opinion,
      '经审核认可的说明',
      'explained-accepted',
      (item) =>
        `${itemText(item)}单位说明：${end(item.explanation ?? '')}审核意见：认可该说明${item.note ? `，${end(item.note)}` : '。'}`,
    ),
    ...simplePart(
      opinion,
      '经核实不作为问题的事项',
      'dismissed',
      (item) => `${itemText(item)}${item.note ? `审核意见：${end(item.note)}` : ''}`,
    ),
    ...simplePart(
      opinion,
      '供参考的提示',
      'info',
      (item) => `${itemText(item)}建议：${end(item.fix)}`,
    ),
    ...simplePart(
      opinion,
      '读取存疑，请审核人对照原文核对',
      'doubt',
      (item) => `${itemText(item)}存疑单元格：${item.places.join('；') || '（未注明）'}。`,
      '以下各项因报送文件的部分单元格未能按原样读取而存疑，不作为单位的问题；请审核人对照原文核对后再定。',
    ),
    ...(opinion.comment
      ? [{ title: '其他意见', groups: [{ lines: [end(opinion.comment)] }] } satisfies Part]
      : []),
  ];
}

/** The conclusion in a sentence, with what it asks of the unit. */
export function conclusionSentence(opinion: OpinionFile): string {
  const open = opinion.items.filter(isOpen).length;
  if (opinion.conclusion === 'returned') {
    return open > 0
      ? `退回修改。共有${open}项问题需要修改或说明（见下文），请逐项处理后重新报送。`
      : '退回修改。请按下文意见修改后重新报送。';
  }
  const accepted = opinion.items.filter((i) => i.disposition === 'explained-accepted').length;
  // Reading doubts not yet decided: no 通过 without the cells to check against the original.
  const doubts = opinion.items.filter((i) => i.disposition === 'doubt');
  const places = [...new Set(doubts.flatMap((i) => i.places))];
  const explainedPart = accepted ? `；单位对${accepted}项核实性问题所作的说明经审核予以认可` : '';
  if (doubts.length > 0) {
    // Not 通过 and "not yet 通过" in one breath: the verdict waits for the original.
    const where = places.length ? `以下单元格：${places.join('；')}` : '（见下文）';
    return `待核对。未发现需要修改的问题${explainedPart}；有${doubts.length}项读取存疑，须对照原文核对${where}，核对无误即为通过。`;
  }
  return `通过。未发现需要修改的问题${explainedPart}。`;
}

function signature(options: OpinionOptions): Block[] {
  const lines = [
    options.issuer?.trim(),
    options.date ? formatDate(options.date) : undefined,
  ].filter((line): line is string => Boolean(line));
  return lines.length > 0 ? [{ type: 'signature', lines }] : [];
}

function formatName(template: string): string {
  return isTemplateId(template) ? getTemplate(template).name : template;
}

/** The title of one unit's opinion. */
export function unitOpinionTitle(org: string, year: number): string {
  return `关于${org.trim()}${year}年政府信息公开工作年度报告的审核意见`;
}

/** One unit's 审核意见: 主送 the unit, the conclusion, then each part; signed by the issuer. */
export function unitOpinionBlocks(opinion: OpinionFile): OpinionBlock[] {
  const { org, year, file } = opinion.report;
  const title = unitOpinionTitle(org, year);
  const parts: Part[] = [
    { title: '审核结论', lead: conclusionSentence(opinion), groups: [] },
    ...bodyParts(opinion),
  ];
  return [
    {
      type: 'title',
      text: title,
      lines: [`关于${org.trim()}${year}年`, title.slice(title.indexOf('政府信息公开'))],
    },
    { type: 'addressee', text: `${org.trim()}：` },
    {
      type: 'paragraph',
      text: `你单位报送的《${org.trim()}${year}年政府信息公开工作年度报告》（${formatName(opinion.report.template)}，文件“${file}”）已收悉。经审核，意见如下：`,
    },
    ...parts.flatMap((part, i): Block[] => [
      { type: 'heading', level: 1, text: `${chineseOrdinal(i + 1)}、${part.title}` },
      ...(part.lead ? [{ type: 'paragraph', text: part.lead } as const] : []),
      ...part.groups.flatMap((group, g): Block[] => [
        ...(group.label
          ? [
              {
                type: 'heading',
                level: 2,
                text: `（${chineseOrdinal(g + 1)}）${group.label}`,
              } as const,
            ]
          : []),
        ...group.lines.map((text) => ({ type: 'paragraph', text }) as const),
      ]),
    ]),
    ...signature({ issuer: opinion.issuer, date: opinion.date }),
  ];
}

/** The opinion for a file that could not be read: 主送 by file name, asking for it again. */
export function unreadableOpinionBlocks(
  file: ReviewedFile,
  options: OpinionOptions = {},
): OpinionBlock[] {
  const title = `关于报送文件“${file.file}”的审核意见`;
  return [
    { type: 'title', text: title, lines: ['关于报送文件', `“${file.file}”的审核意见`] },
    {
      type: 'paragraph',
      text: `报送的文件“${file.file}”无法读取：${end(file.error ?? '')}请重新报送可读取的年度报告文件（本工具导出的 Word 或报告文件，或带文字层的 PDF、网页、文本）。`,
    },
    ...signature(options),
  ];
}

/** The title of the records document of several units. */
export function opinionTitle(files: readonly ReviewedFile[]): string {
  const years = [...new Set(files.flatMap((f) => (f.report ? [f.report.meta.year] : [])))].sort();
  const year = years.length === 1 ? `${years[0]}年度` : '';
  return `关于${year}政府信息公开工作年度报告的审核意见`;
}

/** One unit in the records document: its conclusion, then its parts one level down. */
function recordBlocks(file: ReviewedFile, n: number, options: OpinionOptions): Block[] {
  const opinion = opinionFile(file, options);
  const head: Block = {
    type: 'heading',
    level: 1,
    text: `${chineseOrdinal(n)}、${file.report?.meta.org ?? file.file}`,
  };
  if (!opinion) {
    return [
      head,
      {
        type: 'paragraph',
        text: `报告文件“${file.file}”无法读取：${end(file.error ?? '')}审核结论：${CONCLUSION_LABELS.unreadable}，请重新报送。`,
      },
    ];
  }
  const { year, template } = opinion.report;
  return [
    head,
    {
      type: 'paragraph',
      text: `${year}年度报告，${formatName(template)}，文件“${file.file}”。审核结论：${conclusionSentence(opinion)}`,
    },
    ...bodyParts(opinion).flatMap((part, i): Block[] => [
      { type: 'heading', level: 2, text: `（${chineseOrdinal(i + 1)}）${part.title}` },
      ...(part.lead ? [{ type: 'paragraph', text: part.lead } as const] : []),
      ...part.groups.flatMap((group): Block[] => [
        ...(group.label ? [{ type: 'paragraph', text: `${group.label}：` } as const] : []),
        ...group.lines.map((text) => ({ type: 'paragraph', text }) as const),
      ]),
    ]),
  ];
}

/** How many of the files end in each conclusion. */
export function conclusionCounts(
  files: readonly ReviewedFile[],
  options: OpinionOptions = {},
): Record<Conclusion, number> {
  const counts: Record<Conclusion, number> = { passed: 0, returned: 0, unreadable: 0 };
  for (const file of files) counts[opinionFile(file, options)?.conclusion ?? 'unreadable']++;
  return counts;
}

/** The 审核意见 of every file given (the list as filtered on the desk), for the county's records. */
export function opinionBlocks(
  files: readonly ReviewedFile[],
  options: OpinionOptions = {},
): Block[] {
  const title = opinionTitle(files);
  const split = title.indexOf('政府信息公开');
  const counts = conclusionCounts(files, options);
  const tally = (
    [
      ['passed', '通过'],
      ['returned', '退回修改'],
      ['unreadable', '无法读取'],
    ] as const
  ).flatMap(([key, label]) => (counts[key] > 0 ? [`${label}${counts[key]}份`] : []));
  return [
    { type: 'title', text: title, lines: [title.slice(0, split), title.slice(split)] },
    {
      type: 'paragraph',
      text: `对报送的${files.length}份政府信息公开工作年度报告进行了审核，其中${tally.join('，')}。意见如下。`,
    },
    ...withPreviousOpinions(files, options).flatMap((file, i) =>
      recordBlocks(file, i + 1, options),
    ),
    ...signature(options),
  ];
}
