/** Where the hosted build serves the OCR pack, and the service worker's cache that keeps it. */

/** Where the hosted build serves the pack. */
export const HOSTED_PACK_URL = './ocr-pack/';
/** The cache the hosted service worker keeps the pack in (vite.config.ts, runtimeCaching). */
export const PACK_CACHE = 'gongkai-ocr-pack';
