/**
 * pdfjs-dist's legacy build bundles core-js, which on load REPLACES some built-ins of the whole
 * JavaScript realm it runs in, not only fills in missing ones: in V8 it swaps Array.prototype.push
 * (over a spec corner case, non-writable length) and JSON.parse / JSON.stringify (for the
 * "source text" proposal) for JavaScript versions several times slower. Every array push and JSON
 * call of ours — the table searches, batches, the CLI's output — then ran on the slow copies. This
 * loads a pdfjs module and puts the engine's own versions back; what core-js added (features the
 * engine lacks, which pdfjs needs) stays.
 */

type Slot = readonly [owner: object, key: string];

const SLOTS: readonly Slot[] = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
  [Function.prototype, 'toString'],
];

/** Load a pdfjs module, keeping the engine's own built-ins that its polyfills would replace. */
export async function loadKeepingNatives<T>(load: () => Promise<T>): Promise<T> {
  const saved = SLOTS.map(([owner, key]) => Object.getOwnPropertyDescriptor(owner, key));
  try {
    return await load();
  } finally {
    SLOTS.forEach(([owner, key], i) => {
      const descriptor = saved[i];
      if (descriptor) Object.defineProperty(owner, key, descriptor);
    });
  }
}
