/** Reading an input file into a report: the file system part only; parsing lives in the core. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { loadReport, type Report } from '../core';

export type ReadResult = { ok: true; report: Report } | { ok: false; message: string };

const LATER = new Set(['.txt', '.docx', '.html', '.htm', '.pdf']);

/** Read a report from a file; the message says which file and why when it cannot. */
export async function readReport(file: string): Promise<ReadResult> {
  const ext = extname(file).toLowerCase();
  if (LATER.has(ext)) {
    return {
      ok: false,
      message: `${file}：暂不支持读取 ${ext} 文件（文本、Word、网页导入将在后续版本提供），目前只能读取报告文件（.json）。`,
    };
  }
  if (ext !== '.json') {
    return {
      ok: false,
      message: `${file}：无法识别的文件类型“${ext || '无扩展名'}”，应为报告文件（.json）。`,
    };
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : '无法读取';
    return { ok: false, message: `${file}：${why}。` };
  }
  const loaded = loadReport(text.replace(/^\uFEFF/, ''));
  return loaded.ok ? loaded : { ok: false, message: `${file}：${loaded.message}` };
}
