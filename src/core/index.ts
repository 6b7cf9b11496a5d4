/** The core's public entry: the page and the CLI import from here only. */
export type * from './template-types';
export { TEMPLATES, getTemplate, templateIdForYear, isTemplateId } from './templates';
export { cellsOf, cellIds, CELL_ID_PATTERN, type CellInfo } from './cells';
export {
  parseCell,
  cellValue,
  formatValue,
  normalizeDigits,
  sumCounts,
  type ParseResult,
} from './number';
export {
  REPORT_KIND,
  REPORT_VERSION,
  ORG_TYPES,
  ORG_TYPE_LABELS,
  reportSchema,
  loadReport,
  parseReport,
  saveReport,
  createReport,
  convertTemplate,
  lastYearLink,
  linkedReport,
  type LastYearLink,
  type Report,
  type CellValue,
  type OrgType,
  type LoadResult,
  type ConvertResult,
} from './report';
export {
  RULES,
  SEVERITY_LABELS,
  countFindings,
  type Finding,
  type RuleId,
  type Severity,
} from './rules/catalogue';
export { equationsOf, equationCells, type Equation } from './rules/equations';
export { check, checkReport, parseCells, cellTitle, sortFindings } from './rules/check';
export { checkCrossYear, checkAll } from './rules/cross-year';
export {
  checkTextReuse,
  textReuse,
  reuseShare,
  REUSE_LIMIT,
  type SectionReuse,
} from './rules/text-reuse';
export { standardSentences, requestsSentence, reviewSentence } from './narrative';
export {
  layoutReport,
  layoutTable,
  tableGrid,
  placeGrid,
  reportTitle,
  formatDate,
  type Block,
  type Placed,
} from './layout';
export { renderText } from './render-text';
export {
  TOTAL_TABLES,
  totalEquations,
  totalInputs,
  computeTotal,
  isComputed,
  fillTotals,
  inferTotalsModes,
  type TotalTable,
  type TotalsMode,
} from './totals';
export { typedCellsSchema } from './cell-schema';
// renderDocx is not re-exported: import './render-docx' on demand, so the large docx package stays
// out of the page's main bundle.
export {
  BODY_FONTS,
  KAI_FONTS,
  TABLE_FONTS,
  DEFAULT_DOCX_OPTIONS,
  type DocxOptions,
  type BodyFont,
  type KaiFont,
  type TableFont,
} from './docx/fonts';
export { extractEmbeddedReport, embeddedReportText, embedReport } from './report-embed';
export { renderHtml, escapeHtml, type HtmlOptions } from './render-html';
export { xmlSafe, xmlSafeValue, notXmlNote, countNotXml } from './xml-chars';
