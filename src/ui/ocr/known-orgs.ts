/** The 机关 names this browser already knows, to compare an OCR'd name with: the drafts' and the review batch's. */
import { listDrafts } from '../../workspace/drafts';

/** Every 机关名称 of the drafts (and damaged ones skipped): read-only, no storage written. */
export async function knownOrgNames(): Promise<string[]> {
  try {
    const { drafts } = await listDrafts();
    return [...new Set(drafts.map((d) => d.org).filter((org) => org.trim() !== ''))];
  } catch {
    return [];
  }
}
