/**
 * `check` over a batch with scans: a 机关名称 read by OCR set beside the batch's other names, as the
 * review desk does — OCR confuses characters of like shape (沭 → 沐), so a name a character or two
 * from another report's is most likely that one. Said once the batch is read (the other names
 * come later than the scan), never changed.
 */
import { nearOrgName } from '../core/import/ocr';

/** A checked file's 机关名称, and whether OCR read it. */
export interface FileOrg {
  readonly file: string;
  readonly org: string;
  readonly ocr: boolean;
}

/** One line per OCR'd name near another file's name of the batch. */
export function ocrOrgNotes(files: readonly FileOrg[]): string[] {
  return files.flatMap((read) => {
    if (!read.ocr) return [];
    const others = files.filter((f) => f.file !== read.file).map((f) => f.org);
    const near = nearOrgName(read.org, others);
    if (!near) return [];
    const from = files.find((f) => f.file !== read.file && f.org === near.name)?.file ?? '';
    return [
      `机关名称核对：${read.file} 的机关名称由 OCR 识别为“${read.org}”，与本批 ${from} 的“${near.name}”只差 ${near.differ} 个字，可能是 OCR 认错了字，请对照原件核对。`,
    ];
  });
}
