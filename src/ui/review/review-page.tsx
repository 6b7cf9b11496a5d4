import { useMemo, useState } from 'react';
import { ProfileButton } from '../profile/profile-button';
import { NO_FILTER } from './batch-filter';
import { BatchProgress } from './batch-progress';
import { DropZone } from './drop-zone';
import { IndicatorsSection } from './indicators/indicators-section';
import { useBatchFindings } from './indicators/use-batch-findings';
import { ReportDetail } from './report-detail';
import { ReviewBody } from './review-body';
import { ReviewActionsContext } from './review-actions';
import { SummaryPanel } from './summary-panel';
import { useReviewBatch } from './use-review-batch';
import { useReviewView } from './use-review-view';
import './review.css';

function toggled(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** 批量审核: many reports read and checked at once, reviewed, exported and added up. */
export function ReviewPage() {
  const batch = useReviewBatch();
  const read = useMemo(() => batch.entries ?? [], [batch.entries]);
  const entries = useBatchFindings(read, batch.settings.expected);
  const [openId, setOpenId] = useState<string | undefined>(undefined);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState(NO_FILTER);
  const view = useReviewView(entries, batch.reviews, selected, filter);
  const actions = useMemo(
    () => ({
      open: setOpenId,
      toggle: (id: string) => {
        setSelected((s) => toggled(s, id));
      },
    }),
    [],
  );
  const open = openId === undefined ? undefined : view.byId.get(openId);
  return (
    <ReviewActionsContext.Provider value={actions}>
      <div className="review-page">
        <header className="app-header review-head">
          <h1>批量审核</h1>
          <a href="#/">返回草稿列表</a>
          <ProfileButton />
        </header>
        <DropZone
          disabled={batch.progress !== null}
          onFiles={(files) => void batch.addFiles(files)}
        />
        {batch.progress && <BatchProgress progress={batch.progress} onCancel={batch.cancel} />}
        <p role="status" className="batch-message">
          {batch.message}
        </p>
        {batch.entries === null ? (
          <p>正在读取上次的审核…</p>
        ) : (
          <ReviewBody
            {...{ batch, view, entries, filter, setFilter, selected, setSelected, openId }}
          />
        )}
        {open && (
          <ReportDetail
            key={open.id}
            entry={open}
            review={batch.reviews.get(open.id)}
            lastYear={open.lastYearId === undefined ? undefined : view.byId.get(open.lastYearId)}
            onChange={(change) => {
              batch.setReview(open.id, change);
            }}
            onClose={() => {
              setOpenId(undefined);
            }}
          />
        )}
        <IndicatorsSection entries={entries} reviews={batch.reviews} settings={batch.settings} />
        <SummaryPanel
          entries={entries}
          reviews={batch.reviews}
          selected={selected}
          settings={batch.settings}
          onSettings={batch.setSettings}
        />
      </div>
    </ReviewActionsContext.Provider>
  );
}
