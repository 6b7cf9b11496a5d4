/**
 * The OCR screens in the single file come with the pack (its ocr-ui.js), so the one file does not
 * carry them. The file's CSP allows that one script by its hash — in the file's own policy and in
 * the page's second one (ocr-frame.single.ts) — and nothing else: a pack of another version is
 * refused here, with what to load instead, before the browser would refuse it.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { hash, version } from 'virtual:ocr-ui';
import { host } from './ocr-host';
import { PACK_FILE_PREFIX } from './pack-name';
import { storedPackFile } from './pack-store';
import { PACK_FILES } from './ocr-protocol';
import { HOST_GLOBAL, SCREENS_GLOBAL, type OcrScreens } from './ocr-screens';

const base64 = (bytes: Uint8Array) =>
  btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));

/** Why a kept pack's screens cannot run: the pack is not this page's version. */
export const OTHER_VERSION = `已保存的 OCR 识别包与本页的版本不同，不能使用。请加载与本页同一版本的识别包（${PACK_FILE_PREFIX}-${version}.zip）。`;

/** Whether `script` is the screens' script this file allows (by the hash its CSP names). */
export const isAllowedScreens = (script: Uint8Array): boolean => base64(sha256(script)) === hash;

let loaded: Promise<OcrScreens> | undefined;

async function inject(): Promise<OcrScreens> {
  const bytes = new Uint8Array(await storedPackFile(PACK_FILES.ui));
  if (!isAllowedScreens(bytes)) throw new Error(OTHER_VERSION);
  const scope = globalThis as unknown as Record<string, unknown>;
  scope[HOST_GLOBAL] = host;
  // An inline script runs as it is inserted; the CSP lets it run because its hash is named.
  const script = document.createElement('script');
  script.textContent = new TextDecoder().decode(bytes);
  document.head.append(script);
  script.remove();
  const screens = scope[SCREENS_GLOBAL] as OcrScreens | undefined;
  if (!screens) throw new Error('OCR 识别包的界面未能载入，请重新加载识别包。');
  return screens;
}

/** The OCR screens from the pack kept in this browser (once per page). */
export function loadOcrScreens(): Promise<OcrScreens> {
  loaded ??= inject().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}
