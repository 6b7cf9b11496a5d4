import { describe, expect, it } from 'vitest';
import { createRecentChanges } from './recent-changes';

describe('recent changes', () => {
  it('lists changed cells most recent first, each once, and ignores other fields', () => {
    const recent = createRecentChanges();
    recent.touch('cells.t3_new_natural');
    recent.touch('text.overview');
    recent.touch('cells.t3_open_natural');
    recent.touch('cells.t3_new_natural');
    expect(recent.cells()).toEqual(['t3_new_natural', 't3_open_natural']);
  });

  it('keeps only the latest 64', () => {
    const recent = createRecentChanges();
    for (let i = 0; i < 100; i++) recent.touch(`cells.c${i}`);
    expect(recent.cells()).toHaveLength(64);
    expect(recent.cells()[0]).toBe('c99');
  });
});
