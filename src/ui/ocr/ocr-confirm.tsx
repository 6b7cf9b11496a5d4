/**
 * Confirming OCR'd cells against the scan, one at a time with the keyboard: the cells in doubt
 * first (the equations' calls, cells read as blank, low confidence), the value to check in a
 * field — the equations' proposal when they have one — and the page image beside. Enter confirms
 * and moves on; ↑/↓ move between cells. Until confirmed, an OCR cell is not read as printed.
 */
import { useState } from 'react';
import './ocr.css';
import { cellsOf, cellTitle, type CellValue, getTemplate, type OcrCellSource } from '../../core';
import type { ImportResult } from '../../core/import';
import { cellsToConfirm, confirmCells } from '../../core/import/ocr';
import { OcrOrgName } from './ocr-org-name';
import { usePageUrls } from './use-page-urls';

type Recognised = Extract<ImportResult, { ok: true }>;

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
      <p className="hint">Enter 确认并转到下一格；↑ ↓ 在存疑单元格间移动。</p>
    </form>
  );
}

/** The scan's OCR'd cells confirmed one by one, the page image beside them. */
export function OcrConfirm({
  result,
  pages,
  onChange,
}: {
  result: Recognised;
  pages: readonly Blob[];
  onChange: (result: Recognised) => void;
}) {
  const urls = usePageUrls(pages);
  const { report, provenance } = result;
  const template = getTemplate(report.template);
  const infos = cellsOf(template);
  const { doubtful, rest } = cellsToConfirm(report, provenance);
  const [index, setIndex] = useState(0);
  const at = Math.max(0, Math.min(index, doubtful.length - 1));
  const id = doubtful[at];
  const source = id ? provenance[id] : undefined;
  const info = id ? infos.get(id) : undefined;
  const confirm = (values: Record<string, CellValue>) => {
    onChange({ ...result, ...confirmCells(report, provenance, values) });
  };
  const total = Object.values(provenance).filter((p) => p.source === 'ocr').length;
  return (
    <section className="ocr-confirm" aria-label="逐格确认 OCR 识别结果">
      <h4>逐格确认 OCR 识别结果</h4>
      <OcrOrgName
        org={report.meta.org}
        onAdopt={(org) => {
          onChange({ ...result, report: { ...report, meta: { ...report.meta, org } } });
        }}
      />
      <p className="hint">
        共 {total} 个单元格由 OCR
        识别；确认前都不算“按原文读取”，检查结果中涉及它们的问题列为读取存疑。待确认：
        {doubtful.length} 个存疑、{rest.length} 个无疑问。
      </p>
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
          {rest.length > 0 && (
            <p>
              <button
                type="button"
                onClick={() => {
                  confirm(Object.fromEntries(rest.map((r) => [r, report.cells[r] ?? null])));
                }}
              >
                已对照原件，确认其余 {rest.length} 个无疑问的单元格
              </button>
            </p>
          )}
        </div>
        <PageImages urls={urls} />
      </div>
    </section>
  );
}
