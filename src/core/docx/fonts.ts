/** Fonts and sizes of the Word output (the official format §6): Chinese names, sizes in half-points. */
import type { IRunOptions } from 'docx';

/** 仿宋 choices for the body: 仿宋_GB2312 is the official font but is missing on many machines. */
export const BODY_FONTS = ['仿宋_GB2312', '仿宋'] as const;
/** 楷体 choices for the （一） headings. */
export const KAI_FONTS = ['楷体_GB2312', '楷体'] as const;
/** Fonts the tables may use. */
export const TABLE_FONTS = ['仿宋_GB2312', '仿宋', '宋体'] as const;

export type BodyFont = (typeof BODY_FONTS)[number];
export type KaiFont = (typeof KAI_FONTS)[number];
export type TableFont = (typeof TABLE_FONTS)[number];

/** The font choices of a Word export. */
export interface DocxOptions {
  readonly bodyFont?: BodyFont;
  readonly kaiFont?: KaiFont;
  readonly tableFont?: TableFont;
}

/** Defaults: the fonts GB/T 9704 names. */
export const DEFAULT_DOCX_OPTIONS: Required<DocxOptions> = {
  bodyFont: '仿宋_GB2312',
  kaiFont: '楷体_GB2312',
  tableFont: '仿宋_GB2312',
};

export const TITLE_FONT = '方正小标宋简体';
export const HEADING_FONT = '黑体';
export const PAGE_NUMBER_FONT = '宋体';
const LATIN_FONT = 'Times New Roman';

/** Chinese font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt. */
export const SIZE = { erhao: 44, sanhao: 32, sihao: 28, wuhao: 21 } as const;

export type RunLook = Pick<
  IRunOptions,
  'font' | 'size' | 'bold' | 'color' | 'language' | 'characterSpacing'
>;

/**
 * Run properties with the East-Asian slot set explicitly; digits and Latin letters in Times New
 * Roman. hint="eastAsia" makes Word draw the ambiguous characters (“ ” — …) in the Chinese font.
 */
export function runLook(eastAsia: string, size: number, bold = false): RunLook {
  return {
    font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia, hint: 'eastAsia' },
    size,
    color: '000000',
    language: { value: 'en-US', eastAsia: 'zh-CN' },
    ...(bold ? { bold } : {}),
  };
}
