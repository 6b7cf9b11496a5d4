/** The review table's columns, defined once (TanStack: changing definitions re-create every cell). */
import {
  createColumnHelper,
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import { STATUS_LABELS } from '../../core';
import { ReportProfile } from '../profile/report-profile';
import { useReviewActions } from './review-actions';
import type { ReviewRow } from './review-row';

export const features = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

const helper = createColumnHelper<typeof features, ReviewRow>();

function SelectCell({ row }: { row: ReviewRow }) {
  const { toggle } = useReviewActions();
  if (!row.entry.report) return null;
  return (
    <input
      type="checkbox"
      checked={row.selected}
      aria-label={`选入汇总 ${row.entry.file}`}
      onChange={() => {
        toggle(row.entry.id);
      }}
    />
  );
}

function FileCell({ row }: { row: ReviewRow }) {
  const { open } = useReviewActions();
  return (
    <>
      <button
        type="button"
        className="link"
        onClick={() => {
          open(row.entry.id);
        }}
      >
        {row.entry.file}
      </button>
      {row.entry.error !== undefined && <p className="row-error">{row.entry.error}</p>}
    </>
  );
}

/** What the reviewer has to do with a report, in a word. */
function Verdict({ row }: { row: ReviewRow }) {
  if (row.entry.error !== undefined) return <span className="count-error">无法读取</span>;
  if (row.counts.errors) return <span className="count-error">需修改</span>;
  if (row.counts.warnings) return <span className="count-warning">需核实</span>;
  return <span className="count-ok">无问题</span>;
}

const count = (n: number, className: string) => (
  <span className={n ? className : 'count-ok'}>{n}</span>
);

export const COLUMNS = helper.columns([
  helper.display({
    id: 'select',
    header: '汇总',
    cell: (info) => <SelectCell row={info.row.original} />,
  }),
  helper.accessor('severity', {
    header: '问题',
    sortFn: 'basic',
    cell: (info) => <Verdict row={info.row.original} />,
  }),
  helper.accessor((r) => r.entry.file, {
    id: 'file',
    header: '文件',
    sortFn: 'alphanumeric',
    cell: (info) => <FileCell row={info.row.original} />,
  }),
  helper.accessor('org', { header: '机关', sortFn: 'alphanumeric' }),
  helper.accessor('orgType', { header: '机关类型', sortFn: 'alphanumeric' }),
  helper.accessor((r) => r.year ?? 0, {
    id: 'year',
    header: '年度',
    sortFn: 'basic',
    cell: (info) => info.row.original.year ?? '',
  }),
  helper.accessor('format', { header: '格式', sortFn: 'alphanumeric' }),
  helper.accessor((r) => r.counts.errors, {
    id: 'errors',
    header: '强制性',
    sortFn: 'basic',
    cell: (info) => count(info.getValue(), 'count-error'),
  }),
  helper.accessor((r) => r.counts.warnings, {
    id: 'warnings',
    header: '核实性',
    sortFn: 'basic',
    cell: (info) => count(info.getValue(), 'count-warning'),
  }),
  helper.accessor((r) => r.counts.explained, {
    id: 'explained',
    header: '已说明',
    sortFn: 'basic',
  }),
  helper.accessor((r) => r.counts.info, { id: 'info', header: '提示性', sortFn: 'basic' }),
  helper.accessor((r) => r.entry.notes.length, {
    id: 'notes',
    header: '读入说明',
    sortFn: 'basic',
  }),
  helper.accessor((r) => r.lastYear ?? '', {
    id: 'lastYear',
    header: '上年报告',
    sortFn: 'alphanumeric',
  }),
  helper.display({
    id: 'profile',
    header: '地方要求',
    cell: (info) => {
      const { report } = info.row.original.entry;
      return report ? <ReportProfile report={report} /> : null;
    },
  }),
  helper.accessor((r) => STATUS_LABELS[r.status], {
    id: 'status',
    header: '状态',
    sortFn: 'alphanumeric',
  }),
]);
