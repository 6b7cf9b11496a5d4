/** The browser's implementation of the storage port: IndexedDB, the journal and the tab channel. */
import { announceSaved, onSavedElsewhere } from './draft-channel';
import type { DraftStorage, DraftStore, TabChannel } from './draft-storage';
import { listVersions, putDraft, readDraft, saveDraft } from './idb/drafts-db';
import { TAB } from './journal/journal';
import { forgetOwnJournal, journalChange } from './journal/journal-db';
import { isOutdated, markOutdated, outdated } from './outdated';

export const browserStore: DraftStore = {
  tab: TAB,
  read: readDraft,
  save: saveDraft,
  put: putDraft,
  journal: journalChange,
  forgetJournal: forgetOwnJournal,
  versions: listVersions,
};

export const browserChannel: TabChannel = {
  announce: announceSaved,
  onSaved: onSavedElsewhere,
  markOutdated,
  onOutdated: (id, listener) => {
    const check = () => {
      if (isOutdated(id)) listener();
    };
    check();
    return outdated.subscribe(check);
  },
};

export const browserStorage: DraftStorage = { store: browserStore, channel: browserChannel };
