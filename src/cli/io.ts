/** Where a command writes: the process's stdout/stderr, or a test's buffers. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Resolves once what was written has gone out (a slow reader holds a long batch back). */
  drained?: () => Promise<void>;
}
