/** A content id for a file: FNV-1a over the bytes with the length (collisions need both to agree). */
export function contentId(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i] ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}-${bytes.length.toString(36)}`;
}
