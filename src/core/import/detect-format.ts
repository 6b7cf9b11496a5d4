/** Which official format a report's tables follow, from the labels only one of them prints. */
import { TEMPLATES } from '../templates';
import { labelKey } from './normalize';

/** Marker counts per format id in the text (labels broken over lines are joined first). */
export function formatScores(text: string): Record<string, number> {
  const key = labelKey(text);
  return Object.fromEntries(
    TEMPLATES.map((t) => [t.id, t.markers.filter((m) => key.includes(labelKey(m))).length]),
  );
}
