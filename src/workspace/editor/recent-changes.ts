/**
 * The order in which the clerk changed the form's cells, most recent first: the editor's own
 * knowledge (a report file does not keep it), read by the checks to point a balance break at the
 * cell changed last (core likelyCell). Bounded: only the latest changes matter.
 */

/** How many changed cells are remembered. */
const KEPT = 64;

export interface RecentChanges {
  /** A form field changed ("cells.t3_new_natural"); other fields are ignored. */
  readonly touch: (field: string) => void;
  /** Cell ids, most recently changed first. */
  readonly cells: () => readonly string[];
}

export function createRecentChanges(): RecentChanges {
  let order: string[] = [];
  return {
    touch: (field) => {
      if (!field.startsWith('cells.')) return;
      const id = field.slice('cells.'.length);
      order = [id, ...order.filter((known) => known !== id)].slice(0, KEPT);
    },
    cells: () => order,
  };
}
