/** The name of the OCR pack file a single-file user loads (gongkai-ocr-pack-<version>.zip). */
export { PACK_FILE_PREFIX } from '../../core/import';
