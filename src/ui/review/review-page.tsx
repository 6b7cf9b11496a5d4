import { lazy, Suspense, useMemo, useState } from 'react';
import { ProfileButton } from '../profile/profile-button';
import { BatchProgress } from './batch-progress';
import { NO_FILTER } from './batch-filter';
import { shownOrder, useBatchTable } from './batch-table';
import { DropZone } from './drop-zone';
import { IndicatorsSection } from './indicators/indicators-section';
import { useBatchFindings } from './indicators/use-batch-findings';
import { ReportDetail } from './report-detail';
import { ReviewBody } from './review-body';
import { ReviewActionsContext } from './review-actions';
import { SummaryPanel } from './summary-panel';
import { useDetailNavigation } from './use-detail-navigation';
import { usePageActions } from './use-page-actions';
import { useReviewBatch } from './use-review-batch';
import { useReviewView } from './use-review-view';
import './review.css';

// The desk's OCR of its scans loads only when the batch has a scan.
const DeskOcr = lazy(() => import('../ocr/desk-ocr').then((m) => ({ default: m.DeskOcr })));

/** 批量审核: many reports read and checked at once, reviewed one beside the list, exported. */
export function ReviewPage() {
  const batch = useReviewBatch();
  const read = useMemo(() => batch.entries ?? [], [batch.entries]);
  const entries = useBatchFindings(read, batch.settings.expected);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState(NO_FILTER);
  const view = useReviewView(entries, batch.reviews, selected, filter);
  // The table's order is known once it exists; the open row changes which columns it shows.
  const [split, setSplit] = useState(false);
  const table = useBatchTable(view.shown, split);
  const order = shownOrder(table);
  const { openId, goTo, close, place } = useDetailNavigation(order);
  const open = openId === undefined ? undefined : view.rowById.get(openId);
  if (split !== (open !== undefined)) setSplit(open !== undefined);
  const { reviews, settings } = batch;
  const context = useMemo(
    () => ({ all: entries, reviews, settings }),
    [entries, reviews, settings],
  );
  const actions = usePageActions(goTo, setSelected, view.byId, context);
  return (
    <ReviewActionsContext.Provider value={actions}>
      <div className={open ? 'review-page split' : 'review-page'}>
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
        {read.some((e) => e.scan) && (
          <Suspense fallback={null}>
            <DeskOcr entries={read} onRead={batch.replace} />
          </Suspense>
        )}
        {batch.entries === null ? (
          <p>正在读取上次的审核…</p>
        ) : (
          <ReviewBody
            {...{ batch, view, entries, filter, setFilter, selected, setSelected, openId, table }}
            order={order}
          />
        )}
        {open && (
          <ReportDetail
            key={open.entry.id}
            row={open}
            lastYear={
              open.entry.lastYearId === undefined ? undefined : view.byId.get(open.entry.lastYearId)
            }
            place={place}
            context={context}
            onChange={(change) => {
              batch.setReview(open.entry.id, change);
            }}
            onClose={close}
            onEntry={batch.replace}
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
