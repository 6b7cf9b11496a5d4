/** Report meta from the text: title (机关名称 and year), org type, signature and date. */
import { chineseNumber, normalizeDigits } from '../number';
import type { OrgType } from '../report';

/** The 机关名称 and the year a title names. */
export interface Title {
  readonly org: string;
  readonly year: number;
}

/** "<机关名称><YYYY>年政府信息公开工作年度报告", spaces allowed ("绥滨镇 2020 年…"). */
const TITLE =
  /^(.*?)[\s\u3000]*((?:19|20)\d{2})[\s\u3000]*年[\s\u3000]*度?[\s\u3000]*(?:政府信息公开|政务公开|信息公开)[\s\u3000]*(?:工作)?[\s\u3000]*(?:年度)?[\s\u3000]*报告$/;

/** "2019年某市人民政府办公厅政府信息公开工作年度报告": the year before the 机关. */
const YEAR_FIRST =
  /^((?:19|20)\d{2})[\s\u3000]*年[\s\u3000]*度?[\s\u3000]*(.+?)[\s\u3000]*(?:政府信息公开|政务公开|信息公开)[\s\u3000]*(?:工作)?[\s\u3000]*(?:年度)?[\s\u3000]*报告$/;

/** A web page's metadata field in front of the title ("名称：", "标题\t"). */
const FIELD = /^(?:名[\s\u3000]*称|标[\s\u3000]*题|主[\s\u3000]*题|文件名称)[\s\u3000:：]*/;

function cleanOrg(text: string): string {
  return text
    .replace(/^[\s\u3000《“"]+|[\s\u3000》”"]+$/g, '')
    .replace(FIELD, '')
    .replace(/^关于/, '')
    .trim();
}

/** The 发布机构 (or 发文机关) of a web page's metadata table: a good source of the 机关名称. */
export function publisherIn(line: string): string | undefined {
  const m = /^(?:发布机构|发文机关|发布单位|来源)[\s\u3000:：]+([^\s\u3000:：]{2,30})$/.exec(
    line.trim(),
  );
  return m?.[1];
}

/** The title parts of a line, or undefined when the line is not a title. */
export function parseTitle(line: string): Title | undefined {
  const text = normalizeDigits(line)
    .replace(/^[《“"]|[》”"]$/g, '')
    .replace(/[（(](?:全文|正文)[）)]$/, '')
    // The title over a sheet of the tables ("…年度报告附表", "…年度报告（统计表）").
    .replace(/[（(]?(?:附表|统计表|数据表)[）)]?$/, '')
    .trim();
  if (text.length > 60) return undefined;
  const m = TITLE.exec(text);
  if (m) return { org: cleanOrg(m[1] ?? ''), year: Number(m[2]) };
  const first = YEAR_FIRST.exec(text.replace(FIELD, ''));
  if (!first || /[，,。；;]/.test(first[2] ?? '')) return undefined;
  return { org: cleanOrg(first[2] ?? ''), year: Number(first[1]) };
}

/** A line that can be the 机关名称 on its own above a "YYYY年…年度报告" line. */
export function isOrgLine(line: string): boolean {
  return line.length >= 2 && line.length <= 30 && !/[。，,；;：:！？!?\d]/.test(line);
}

const PLACE_SUFFIX = /镇|乡|街道/g;
/** Characters that do not occur in a township's own name: pronouns, "乡镇", "村". */
const NOT_IN_NAME = /[^\u4e00-\u9fa5]|[我本全各该在对由向与和及乡镇村街]/;

/**
 * The 镇/乡/街道 the text is about when it has no title: of the names ending there ("李楼镇"),
 * the one written most often; "召开李楼镇…" also yields "开李楼镇", but only once.
 */
export function orgInText(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(PLACE_SUFFIX)) {
    for (let k = 2; k <= 4; k++) {
      const prefix = text.slice(m.index - k, m.index);
      if (prefix.length < k || NOT_IN_NAME.test(prefix)) break;
      const name = prefix + m[0];
      if (!counts.has(name)) counts.set(name, text.split(name).length - 1);
    }
  }
  let best: string | undefined;
  for (const [name, n] of counts) {
    const top = best === undefined ? 0 : (counts.get(best) ?? 0);
    if (n > top || (n === top && name.length > (best?.length ?? 0))) best = name;
  }
  return best;
}

/** The report year when there is no title: the statistics period, else the year named most. */
export function yearInText(text: string): number | undefined {
  const digits = normalizeDigits(text);
  const period =
    /((?:19|20)\d{2})[\s\u3000]*年[\s\u3000]*1[\s\u3000]*月[\s\u3000]*1[\s\u3000]*日[\s\u3000]*(?:至|到|—|-|~)/.exec(
      digits,
    );
  if (period) return Number(period[1]);
  const counts = new Map<number, number>();
  for (const m of digits.matchAll(/((?:19|20)\d{2})[\s\u3000]*年/g)) {
    const year = Number(m[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [year, n] of counts) {
    if (
      best === undefined ||
      n > (counts.get(best) ?? 0) ||
      (n === counts.get(best) && year < best)
    )
      best = year;
  }
  return best;
}

/** 机关类型 from the name: 乡镇/街道, 县级人民政府, or a department. */
export function orgTypeOf(org: string): OrgType | undefined {
  if (/(?:镇|乡|街道)(?:人民政府|政府|办事处)?$|街道办$/.test(org)) return 'township';
  if (/(?:县|区|旗)(?:人民)?政府$/.test(org)) return 'county-government';
  if (/(?:局|办公室|委员会|委|办|中心|厅|署|院|所|站|队|部)$/.test(org)) return 'department';
  return undefined;
}

const DATE =
  /^([\d〇零一二三四五六七八九]{4})[\s\u3000]*年[\s\u3000]*([\d一二三四五六七八九十]{1,3})[\s\u3000]*月[\s\u3000]*([\d一二三四五六七八九十]{1,3})[\s\u3000]*日$/;

/** A 成文日期 line ("2021 年 1 月 15 日", "二〇二一年一月十五日") as yyyy-mm-dd. */
export function parseDateLine(line: string): string | undefined {
  const m = DATE.exec(normalizeDigits(line).trim());
  if (!m) return undefined;
  const [year, month, day] = [m[1], m[2], m[3]].map((p) => chineseNumber(p ?? ''));
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A 署名 line: a short name ending like an office, with no punctuation. */
export function isSignatureLine(line: string): boolean {
  return (
    isOrgLine(line) && /(?:人民政府|政府|办事处|办公室|委员会|局|中心|街道|镇|乡|厅|署)$/.test(line)
  );
}
