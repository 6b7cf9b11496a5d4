import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../testing/fixtures';
import { draftRecord } from './records/draft-record';
import { TAB, type JournalEntry } from './journal/journal';
import {
  forgetInMemory,
  forgetOwnChange,
  keepInMemory,
  keepOwnChange,
  memoryDraft,
  memoryDrafts,
  ownUnsaved,
  ownUnsavedAll,
} from './page-memory';

describe('what storage refused, kept in the page memory (the in-memory store)', () => {
  it('keeps a draft with this tab’s latest change, and forgets each once stored', () => {
    const record = draftRecord(reportFixture('example-2021'));
    keepInMemory(record);
    expect(memoryDraft(record.id)?.report).toEqual(record.report);
    const changed = { ...record.report, meta: { ...record.report.meta, org: '某某镇人民政府' } };
    const entry: JournalEntry = {
      ...{ id: record.id, base: 0, session: 's', tab: TAB, at: 1 },
      ...{ report: changed, ui: record.ui },
    };
    keepOwnChange(entry);
    expect(ownUnsaved(record.id)?.report).toEqual(changed);
    expect(ownUnsavedAll().map((e) => e.id)).toEqual([record.id]);
    // The draft as the list and the editor see it: the change taken in.
    expect(memoryDrafts().map((d) => d.report.meta.org)).toEqual(['某某镇人民政府']);
    forgetOwnChange(record.id);
    expect(memoryDraft(record.id)?.report).toEqual(record.report);
    expect(forgetInMemory(record.id)).toBe(true);
    expect(forgetInMemory(record.id)).toBe(false);
    expect(memoryDrafts()).toEqual([]);
  });
});
