/** A page opened from disk is served nothing: its pack is the one kept in this browser (pack-store.single.ts). */
export const hostedPack = (): Promise<boolean> => Promise.resolve(false);
