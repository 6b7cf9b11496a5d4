/** What the page says about scans where it cannot read them itself (the review desk). */

/** The name of the OCR pack file a single-file user loads (gongkai-ocr-pack-<version>.zip). */
export const PACK_FILE_PREFIX = 'gongkai-ocr-pack';

/**
 * A scan (no text layer) dropped on the review desk: the desk lists it with this message instead
 * of reading it, since its OCR'd cells need a person's confirmation against the page before any
 * check counts them; 导入报告 does that, and its result comes back to the desk as a report file.
 */
export const DESK_SCAN_MESSAGE =
  `扫描件（没有文字层），审核台不直接识别：请在首页“导入报告”中选择此文件，用 OCR 识别包（网页版自带；单文件版请加载 ${PACK_FILE_PREFIX}-….zip）识别并逐格确认，` +
  '打开后“下载报告文件”（.json），再把报告文件拖入本批审核。';
