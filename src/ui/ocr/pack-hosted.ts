/** Whether the OCR pack is served beside the page (the hosted build); the single file: pack-hosted.single.ts. */
import { PACK_FILES } from './ocr-protocol';
import { HOSTED_PACK_URL } from './pack-urls';

/** Checked without downloading it all. */
export async function hostedPack(): Promise<boolean> {
  if (location.protocol === 'file:') return false;
  try {
    // A GET of the small licence file, not a HEAD: the service worker caches GETs, so the check
    // also answers offline once the pack has been used.
    const response = await fetch(HOSTED_PACK_URL + PACK_FILES.licences);
    // A server that answers every path with the page (a single-page app's fallback) has no pack.
    return response.ok && !(response.headers.get('content-type') ?? '').includes('text/html');
  } catch {
    return false;
  }
}
