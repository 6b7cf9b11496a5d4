/**
 * File names for several drafts downloaded at once: two drafts of the same 机关 and year would
 * get the same name (and the browser would rename or drop one); the later ones get（2）,（3）….
 */
export function distinctNames(names: readonly string[], extension: string): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = `${name}${extension}`;
    for (let n = 2; taken.has(candidate); n++) candidate = `${name}（${String(n)}）${extension}`;
    taken.add(candidate);
    return candidate;
  });
}
