/** The autosave state shown in the top bar. */
export type SaveState =
  | { readonly kind: 'saved'; readonly at: number }
  | { readonly kind: 'pending' }
  | { readonly kind: 'failed'; readonly message: string }
  /** Newer code wrote the draft: not saved here any more (the journal keeps the edits). */
  | { readonly kind: 'outdated' };
