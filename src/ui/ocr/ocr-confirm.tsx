/**
 * Confirming OCR'd cells against the scan with the keyboard: the cells the equations vouch for
 * (all their equations hold — a blank only in a row's and a column's) together, with one button or
 * Ctrl+Enter; the rows not on the pages scanned kept blank together; the cells in doubt (the
 * equations' calls, blanks they do not settle, low confidence) one at a time, the value to check
 * in a field — the equations' proposal when they have one — and the page image beside. Enter
 * confirms and moves on; ↑/↓ move between cells. Until confirmed, an OCR cell is not read as
 * printed.
 */
import { useState, type KeyboardEvent } from 'react';
import './ocr.css';
import { cellsOf, cellTitle, type CellValue, getTemplate, type OcrCellSource } from '../../core';
import { agreedValue, cellsToConfirm, confirmCells } from '../../core/import/ocr';
import { OcrOrgName } from './ocr-org-name';
import type { OcrConfirmProps } from './ocr-screens';
import { usePageUrls } from './use-page-urls';

const shown = (value: CellValue | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** The page images of the scan, one shown at a time. */
function PageImages({ urls }: { urls: readonly string[] }) {
  const [page, setPage] = useState(0);
  if (urls.length === 0) return null;
  return (
    <figure className="ocr-page">
      <figcaption>
        原件第{' '}
        {urls.map((_, i) => (
          <button
            key={i}
            type="button"
            aria-pressed={i === page}
            onClick={() => {
              setPage(i);
            }}
          >
            {i + 1}
          </button>
        ))}{' '}
        页
      </figcaption>
      <div className="ocr-page-scroll">
        <img src={urls[page]} alt={`原件第 ${page + 1} 页`} />
      </div>
    </figure>
  );
}

/** One doubtful cell's check: its value in a field (the proposal when there is one), Enter confirms. */
function CellCheck({
  title,
  source,
  read,
  position,
  onConfirm,
  onMove,
}: {
  title: string;
  source: OcrCellSource;
  read: CellValue | undefined;
  position: string;
  onConfirm: (value: CellValue) => void;
  onMove: (step: number) => void;
}) {
  const [value, setValue] = useState(
    source.proposed !== undefined ? String(source.proposed) : shown(read),
  );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm(value.trim() === '' ? null : value.trim());
      }}
    >
      <p>
        {position}：<strong>{title}</strong>
      </p>
      <p className="ocr-reason">{source.doubt}</p>
      <p className="hint">
        识别为“{shown(read) || '空白'}”，置信度 {source.confidence.toFixed(2)}
        {source.proposed !== undefined && `；按勾稽关系建议为 ${source.proposed}`}
      </p>
      <label>
        对照原件的数值{' '}
        <input
          type="text"
          inputMode="numeric"
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
          }}
          onKeyDown={(event) => {
            const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
            if (step === 0) return;
            event.preventDefault();
            onMove(step);
          }}
        />
      </label>{' '}
      <button type="submit" className="primary">
        确认（Enter）
      </button>
      <p className="hint">
        Enter 确认并转到下一格；↑ ↓ 在存疑单元格间移动；Ctrl+Enter 确认全部已核对一致的单元格。
      </p>
    </form>
  );
}

/** The cells the equations vouch for, confirmed together (also Ctrl+Enter anywhere in the panel). */
function AgreedCells({ count, onConfirm }: { count: number; onConfirm: () => void }) {
  if (count === 0) return null;
  return (
    <p className="ocr-agreed">
      <button type="button" aria-keyshortcuts="Control+Enter" onClick={onConfirm}>
        确认全部已核对一致的单元格（{count} 个，Ctrl+Enter）
      </button>{' '}
      <span className="hint">
        这些单元格所在的行、列勾稽关系都成立（空白格须行、列两条都成立）：漏识别的按勾稽关系填 0。
      </span>
    </p>
  );
}

/** A group of cells confirmed as read with one button, after a look at the page. */
function GroupButton({
  ids,
  label,
  onConfirm,
}: {
  ids: readonly string[];
  label: string;
  onConfirm: (ids: readonly string[]) => void;
}) {
  if (ids.length === 0) return null;
  return (
    <p>
      <button
        type="button"
        onClick={() => {
          onConfirm(ids);
        }}
      >
        {label}
      </button>
    </p>
  );
}

/** Ctrl+Enter (⌘+Enter) anywhere in the panel runs `run`. */
const onCtrlEnter = (run: () => void) => (event: KeyboardEvent) => {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
  event.preventDefault();
  run();
};

/** The scan's OCR'd cells confirmed against the page image beside them. */
export function OcrConfirm({ result, pages, onChange, knownOrgs }: OcrConfirmProps) {
  const urls = usePageUrls(pages);
  const { report, provenance } = result;
  const template = getTemplate(report.template);
  const infos = cellsOf(template);
  const { doubtful, agreed, absent, rest } = cellsToConfirm(report, provenance);
  const [index, setIndex] = useState(0);
  const at = Math.max(0, Math.min(index, doubtful.length - 1));
  const id = doubtful[at];
  const source = id ? provenance[id] : undefined;
  const info = id ? infos.get(id) : undefined;
  const confirm = (values: Record<string, CellValue>) => {
    onChange({ ...result, ...confirmCells(report, provenance, values) });
  };
  // Blank stays blank (rows not scanned), unless the equations say 0 (agreedValue).
  const confirmAsRead = (ids: readonly string[]) => {
    confirm(Object.fromEntries(ids.map((r) => [r, agreedValue(report, provenance, r)])));
  };
  const total = Object.values(provenance).filter((p) => p.source === 'ocr').length;
  return (
    <section
      className="ocr-confirm"
      aria-label="逐格确认 OCR 识别结果"
      onKeyDown={onCtrlEnter(() => {
        if (agreed.length > 0) confirmAsRead(agreed);
      })}
    >
      <h4>逐格确认 OCR 识别结果</h4>
      <OcrOrgName
        org={report.meta.org}
        {...(knownOrgs ? { known: knownOrgs } : {})}
        onAdopt={(org) => {
          onChange({ ...result, report: { ...report, meta: { ...report.meta, org } } });
        }}
      />
      <p className="hint">
        共 {total} 个单元格由 OCR
        识别；确认前都不算“按原文读取”，检查结果中涉及它们的问题列为读取存疑。待确认：
        {`${doubtful.length} 个存疑、${agreed.length} 个已核对一致、${absent.length} 个不在所扫描页面上、${rest.length} 个无法核对。`}
      </p>
      <AgreedCells
        count={agreed.length}
        onConfirm={() => {
          confirmAsRead(agreed);
        }}
      />
      <GroupButton
        ids={absent}
        label={`已对照原件，这些行不在所扫描的页面上：${absent.length} 个单元格保持空白`}
        onConfirm={confirmAsRead}
      />
      <div className="ocr-confirm-body">
        <div className="ocr-confirm-cell">
          {id && info && source?.source === 'ocr' ? (
            <CellCheck
              key={id}
              title={cellTitle(template, info)}
              source={source}
              read={report.cells[id]}
              position={`第 ${at + 1} / ${doubtful.length} 个存疑单元格`}
              onConfirm={(value) => {
                confirm({ [id]: value });
              }}
              onMove={(step) => {
                setIndex(Math.max(0, Math.min(at + step, doubtful.length - 1)));
              }}
            />
          ) : (
            <p role="status">所有存疑单元格已确认。</p>
          )}
          <GroupButton
            ids={rest}
            label={`已对照原件，确认其余 ${rest.length} 个无法用勾稽关系核对的单元格`}
            onConfirm={confirmAsRead}
          />
        </div>
        <PageImages urls={urls} />
      </div>
    </section>
  );
}
