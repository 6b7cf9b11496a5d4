/** What reading a draft found: the draft, nothing, a damaged value, or one of newer code. */
import {
  validateRecord,
  type DamagedDraft,
  type DraftRecord,
  type NewerDraft,
} from './draft-record';
import type { StoreSchema } from '../versions/store-versions';

export type DraftLookup =
  | {
      readonly kind: 'ok';
      readonly record: DraftRecord;
      /** The record holds work storage refused so far (kept in this page's memory). */
      readonly unsaved?: boolean;
      /** Newer code left unsaved changes for it: this page must not save it (reload first). */
      readonly outdated?: boolean;
    }
  | { readonly kind: 'missing' }
  | { readonly kind: 'damaged'; readonly damaged: DamagedDraft }
  | { readonly kind: 'newer'; readonly newer: NewerDraft };

/** A stored value (undefined: none) as a lookup. */
export function lookupOf(raw: unknown, id: string, schema?: StoreSchema): DraftLookup {
  if (raw === undefined) return { kind: 'missing' };
  const checked = validateRecord(raw, id, schema);
  if (checked.ok) return { kind: 'ok', record: checked.record };
  return 'damaged' in checked
    ? { kind: 'damaged', damaged: checked.damaged }
    : { kind: 'newer', newer: checked.newer };
}
