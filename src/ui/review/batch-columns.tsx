/** The review table's columns, defined once (TanStack: changing definitions re-create every cell). */
import {
  columnVisibilityFeature,
  createColumnHelper,
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import { CONCLUSION_LABELS } from '../../core';
import { DeskScanRow } from '../ocr/desk-scan-row';
import { ReportProfile } from '../profile/report-profile';
import { useReviewActions } from './review-actions';
import type { ReviewRow } from './review-row';

export const features = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
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

/** The 机关 and its file (a button that opens the report), its type, and why it cannot be read. */
function OrgCell({ row }: { row: ReviewRow }) {
  const { open } = useReviewActions();
  return (
    <>
      <button
        type="button"
        className="link row-open"
        onClick={() => {
          open(row.entry.id);
        }}
      >
        {row.org && <span className="row-org">{row.org}</span>}{' '}
        <span className="row-file">{row.entry.file}</span>
      </button>
      {row.orgType && <span className="row-type">{row.orgType}</span>}
      {row.entry.scan ? (
        <DeskScanRow entry={row.entry} />
      ) : (
        row.entry.error !== undefined && <p className="row-error">{row.entry.error}</p>
      )}
    </>
  );
}

/** What the reviewer has to do with a report, in a word. */
function Verdict({ row }: { row: ReviewRow }) {
  // A scan not yet read by OCR has no finding: the reviewer reads it first (its row says how).
  if (row.entry.scan && !row.entry.report) return <span className="count-warning">待识别</span>;
  if (row.entry.error !== undefined) return <span className="count-error">无法读取</span>;
  if (row.counts.errors) return <span className="count-error">需修改</span>;
  if (row.counts.warnings) return <span className="count-warning">需核实</span>;
  // Doubts only: the county checks those cells against the original, it is no 无问题.
  if (row.counts.doubts) return <span className="count-warning">读取存疑 {row.counts.doubts}</span>;
  return <span className="count-ok">无问题</span>;
}

/** The opinion's conclusion, and what became of the last opinion's items. */
function ConclusionCell({ row }: { row: ReviewRow }) {
  const className =
    row.conclusion === 'passed' ? 'count-ok' : row.conclusion === 'returned' ? 'count-error' : '';
  return (
    <>
      <span className={className}>
        {row.entry.scan && !row.entry.report ? '待 OCR 识别' : CONCLUSION_LABELS[row.conclusion]}
      </span>
      {row.counts.doubts > 0 && (
        <span
          className="row-earlier row-doubts"
          title="这些问题所涉单元格不是按原文直接读入的，请对照原文核对后确认或不作为问题"
        >
          读取存疑 {row.counts.doubts} 项待核对
        </span>
      )}
      {row.earlier && (
        <span
          className="row-earlier"
          title={`上次审核意见：已整改 ${row.earlier.counts.fixed} 项，已答复 ${row.earlier.counts.answered} 项，仍未整改 ${row.earlier.counts.open} 项`}
        >
          上次意见：已改 {row.earlier.counts.fixed}
          {row.earlier.counts.answered ? ` · 答复 ${row.earlier.counts.answered}` : ''}
          {row.earlier.counts.open ? ` · 未改 ${row.earlier.counts.open}` : ''}
        </span>
      )}
    </>
  );
}

function OpinionCell({ row }: { row: ReviewRow }) {
  const { opinion } = useReviewActions();
  return (
    <button
      type="button"
      className="row-opinion"
      aria-label={`下载审核意见（${row.entry.file}）`}
      title="下载该单位的审核意见（Word，内含可导入编辑页的审核意见数据）"
      onClick={() => {
        opinion(row.entry.id);
      }}
    >
      意见
    </button>
  );
}

/** A count, or nothing for a file that could not be read (it has no findings to count). */
const count = (row: ReviewRow, n: number, className: string) =>
  row.entry.report ? <span className={n ? className : 'count-ok'}>{n}</span> : null;

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
  helper.accessor((r) => r.org || r.entry.file, {
    id: 'org',
    header: '机关 / 文件',
    sortFn: 'alphanumeric',
    cell: (info) => <OrgCell row={info.row.original} />,
  }),
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
    cell: (info) => count(info.row.original, info.getValue(), 'count-error'),
  }),
  helper.accessor((r) => r.counts.warnings, {
    id: 'warnings',
    header: '核实性',
    sortFn: 'basic',
    cell: (info) => count(info.row.original, info.getValue(), 'count-warning'),
  }),
  helper.accessor((r) => r.counts.explained, {
    id: 'explained',
    header: '已说明',
    sortFn: 'basic',
    cell: (info) => count(info.row.original, info.getValue(), ''),
  }),
  helper.accessor((r) => r.counts.info, {
    id: 'info',
    header: '提示性',
    sortFn: 'basic',
    cell: (info) => count(info.row.original, info.getValue(), ''),
  }),
  // Findings on cells the importer did not read as printed: the reader's doubt, not the report's.
  helper.accessor((r) => r.entry.findings.filter((f) => f.doubt).length, {
    id: 'doubts',
    header: '读取存疑',
    sortFn: 'basic',
    cell: (info) => count(info.row.original, info.getValue(), 'count-doubt'),
  }),
  helper.accessor((r) => r.entry.notes.length, {
    id: 'notes',
    header: '读入说明',
    sortFn: 'basic',
    cell: (info) => count(info.row.original, info.getValue(), ''),
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
  helper.accessor((r) => CONCLUSION_LABELS[r.conclusion], {
    id: 'status',
    header: '结论',
    sortFn: 'alphanumeric',
    cell: (info) => <ConclusionCell row={info.row.original} />,
  }),
  helper.display({
    id: 'opinion',
    header: '审核意见',
    cell: (info) => <OpinionCell row={info.row.original} />,
  }),
]);

const ALWAYS_HIDDEN = { select: false, info: false, notes: false, lastYear: false } as const;
const NARROW_HIDDEN = {
  ...ALWAYS_HIDDEN,
  severity: false,
  opinion: false,
  year: false,
  format: false,
  explained: false,
  profile: false,
} as const;

/** The columns hidden while a report is open beside the list (the list keeps what to pick by). */
export function splitHidden(wide: boolean): Readonly<Record<string, boolean>> {
  return wide ? ALWAYS_HIDDEN : NARROW_HIDDEN;
}
