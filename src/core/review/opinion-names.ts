/** File names of the units' opinions: the 机关名称 and year in each, apart within a batch. */
import type { ReviewedFile } from './reviewed-file';

/** Characters Windows, macOS and zip tools refuse or misread in a file name. */
const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu;

function safeName(text: string): string {
  return text.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim().slice(0, 80);
}

/** The name (no extension) of one file's opinion. */
export function opinionFileName(file: ReviewedFile): string {
  const report = file.report;
  if (!report) {
    const stem = file.file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
    return `${safeName(stem) || '报送文件'}（无法读取）审核意见`;
  }
  return `${safeName(report.meta.org) || '未填写机关名称'}${report.meta.year}年报告审核意见`;
}

/** The names of every file's opinion in order; a name met again gets （2）, （3）… */
export function opinionFileNames(files: readonly ReviewedFile[]): string[] {
  const seen = new Map<string, number>();
  return files.map((file) => {
    const name = opinionFileName(file);
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name}（${n}）`;
  });
}
