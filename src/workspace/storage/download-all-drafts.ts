/** 下载全部草稿: every stored draft as its report file (.json), in one .zip. */
import { reportTitle, saveReport, type Report } from '../../core';
import { download, safeFileName } from '../platform/download';
import { listDrafts, readDraft } from './idb/drafts-db';
import { downloadOpenDrafts } from './open-drafts';

/** The date as "2026-01-15" for the file name. */
function today(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/**
 * One zip of every draft's report file (导入报告 reads each back); names made unique; how many
 * (with none, no empty zip). Where the drafts cannot be read, the ones open in this page are
 * downloaded instead (null).
 */
export async function downloadAllDrafts(): Promise<number | null> {
  let drafts: Report[];
  try {
    // The list holds summaries; each draft's report is read as stored (a damaged one is left out:
    // the list offers its raw download apart).
    const { drafts: summaries } = await listDrafts();
    const lookups = await Promise.all(summaries.map((s) => readDraft(s.id)));
    drafts = lookups.flatMap((l) => (l.kind === 'ok' ? [l.record.report] : []));
  } catch {
    downloadOpenDrafts();
    return null;
  }
  if (drafts.length === 0) return 0;
  const { strToU8, zipSync } = await import('fflate');
  const files: Record<string, Uint8Array> = {};
  for (const draft of drafts) {
    const base = safeFileName(reportTitle(draft));
    let name = `${base}.json`;
    for (let n = 2; name in files; n++) name = `${base}（${n}）.json`;
    files[name] = strToU8(saveReport(draft));
  }
  download(`政府信息公开年报草稿备份-${today()}.zip`, zipSync(files), 'application/zip');
  return drafts.length;
}
