/** The core's public entry: the page and the CLI import from here only. */
export type * from './template-types';
export { TEXT_KEYS } from './template-types';
export {
  TEMPLATES,
  getTemplate,
  findTemplate,
  templateIdForYear,
  templateIds,
  isTemplateId,
  registerTemplate,
  firstTemplate,
  type TemplateId,
} from './templates';
export {
  t3Cell,
  t3Row,
  t3ResultRows,
  t3TotalColumn,
  t3Applicants,
  t3RoleCell,
  t3RoleCells,
  t3GroupTotals,
  t4Cell,
  t4Totals,
} from './roles';
export { readValues, type Values } from './values';
export { carriedCells, carriedFromLastYear, type LastYearCells } from './carry-over';
export {
  rollForward,
  startingStock,
  linkProblems,
  type RollForward,
  type RolledYear,
} from './roll-forward';
export {
  undistributed,
  undistributedIn,
  undistributedCells,
  type Undistributed,
} from './distribution';
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
  lastYearLink,
  linkedReport,
  type LastYearLink,
  type Report,
  type CellValue,
  type OrgType,
  type LoadResult,
  type StoredExplanation,
} from './report';
export { convertTemplate, type ConvertResult } from './convert-format';
export { migrateReportFile, MIGRATIONS, type Migration } from './migrations';
export {
  RULES,
  SEVERITY_LABELS,
  LEVEL_LABELS,
  LEVEL_HINTS,
  countFindings,
  countDoubts,
  type Finding,
  type RuleId,
  type RuleInfo,
  type Severity,
  type Explanation,
} from './rules/catalogue';
export {
  explainFinding,
  withdrawExplanation,
  pruneExplanations,
  applyExplanations,
} from './rules/explanations';
export type { Stage } from './rules/context';
export {
  DOUBT_HEADING,
  readAsPrinted,
  sourceReason,
  doubtOf,
  type CellSource,
  type OcrCellSource,
  type Provenance,
  type ReadingDoubt,
} from './provenance';
export { equationsOf, equationCells, type Equation, type BalanceRule } from './equations';
export { checkAll, checkReport, checkCrossYear, sortFindings, type CheckOptions } from './check';
export { cellTitle } from './rules/context';
export { likelyCell, isBalanceFinding, type LikelyCell } from './rules/balance-pointing';
export { RULE_HELP, ruleHelp, type RuleHelp } from './rules/help';
export {
  checkTextReuse,
  textReuse,
  sectionReuse,
  reuseShare,
  REUSE_LIMIT,
  type SectionReuse,
} from './rules/text-reuse';
export { standardSentences, requestsSentence, reviewSentence, openingParagraph } from './narrative';
export {
  layoutReport,
  layoutTable,
  tableGrid,
  placeGrid,
  reportTitle,
  formatDate,
  type Block,
  type LayoutOptions,
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
// renderDocx is not re-exported: import './word' on demand, so the large docx package stays
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
export { extractEmbeddedReport, embeddedReportText } from './import/embedded-report';
export { embedReport } from './docx/embed-report';
export { renderHtml, blocksHtml, escapeHtml, type HtmlOptions } from './render-html';
export { blankFormBlocks, blankFormTitle, renderBlankFormHtml } from './render-blank-form';
// renderBlankFormDocx is loaded on demand from './word' like renderDocx.
export { xmlSafe, xmlSafeValue, notXmlNote, countNotXml } from './xml-chars';
export {
  summarise,
  sumCells,
  type SummaryInput,
  type SummaryOptions,
  type SummaryPart,
  type SummaryResult,
} from './summary';
export {
  orgKey,
  sameOrgName,
  matchLastYear,
  missingOrgs,
  parseOrgList,
  type OrgYear,
  type YearMatches,
} from './org-name';
export {
  DECISION_LABELS,
  REVIEW_STATUSES,
  STATUS_LABELS,
  EMPTY_REVIEW,
  findingKey,
  decisionOf,
  reviewCounts,
  type Decision,
  type FindingDecision,
  type ReviewStatus,
  type ReportReview,
  type ReviewCounts,
} from './review/decisions';
export type { ReviewedFile } from './review/reviewed-file';
export { findingsCsv, CSV_HEADER } from './review/findings-csv';
export {
  opinionBlocks,
  opinionTitle,
  chineseOrdinal,
  unitOpinionBlocks,
  unitOpinionTitle,
  conclusionSentence,
  conclusionCounts,
  type OpinionOptions,
  type OpinionBlock,
} from './review/opinion';
export {
  opinionItems,
  opinionItem,
  isOpen,
  conclusionOf,
  readingDoubt,
  placeNames,
  CONCLUSION_LABELS,
  DISPOSITION_LABELS,
  type OpinionItem,
  type Disposition,
  type Conclusion,
} from './review/opinion-items';
export {
  opinionFile,
  saveOpinionFile,
  loadOpinionFile,
  withPreviousOpinions,
  parseOpinionFile,
  type OpinionLoad,
} from './review/opinion-file';
export {
  OPINION_KIND,
  EARLIER_LABELS,
  type OpinionFile,
  type EarlierEntry,
  type EarlierState,
} from './review/opinion-schema';
export {
  REVIEW_OPINION_KEY,
  reviewOpinionOf,
  withReviewOpinion,
  receiveOpinion,
  answerItem,
  openItems,
  findingMatches,
  earlierItems,
  type ClerkAnswer,
  type ReviewOpinionState,
  type OpinionFileItem,
  type EarlierItem,
} from './review/opinion-answers';
// The page loads review/opinion-embed (a door) on demand: it brings the zip reader.
export { readOpinionBytes, opinionFromDocx } from './review/opinion-embed';
export { opinionFileName, opinionFileNames } from './review/opinion-names';
export { reportFingerprint } from './review/fingerprint';
export { fixHint } from './review/fix-hints';
// renderOpinionDocx, renderUnitOpinionDocx, unitOpinionOutputs and opinionArchive are loaded on
// demand from './word' like renderDocx.
export { reviewBatch, batchLastYear, previousVersions, type ReadFile } from './review/batch';
export { csvDocument, csvRecord, csvField, neutraliseFormula, type CsvValue } from './csv';
export {
  PROFILE_KIND,
  PROFILE_VERSION,
  PROFILE_LEVELS,
  profileSchema,
  type Profile,
  type ProfileLevel,
  type ProfileRequirement,
} from './profile/schema';
export { loadProfile, parseProfile, type LoadedProfile, type ProfileLoad } from './profile/load';
export { profileFingerprint, shortFingerprint } from './profile/fingerprint';
export { lockedLevel, lockedRules } from './profile/levels';
export { NATIONAL_DEADLINES } from './profile/deadlines';
export {
  profileApplies,
  profileNotApplied,
  profileRecord,
  recordedProfile,
  withProfileRecord,
  compareProfile,
  profileMatchText,
  type ProfileMatch,
  type ProfileRecord,
} from './profile/apply';
export { describeProfile, type ProfileDescription } from './profile/describe';
export { exampleProfileText } from './profile/example';
export { countChars } from './rules/text-parts';
export {
  batchIndicators,
  batchYear,
  type BatchIndicators,
  type IndicatorInput,
  type UnitRow,
} from './county/batch-indicators';
export { COUNTS, type IndicatorDef, type CountId } from './county/indicators';
export {
  MIN_SAMPLE,
  rateText,
  changeText,
  permille,
  ranked,
  compareFractions,
  type Rate,
} from './county/rates';
export { rankUnits, type Ranked } from './county/ranking';
export { indicatorsCsv, indicatorsHeader } from './county/indicators-csv';
export { checkSummaries, type SummaryCheck, type BatchReport } from './county/summary-units';
export { checkOutline } from './county/outline';
export { publicationDeadline } from './rules/dates';
// What an import may cost (light: the page's import queue and the CLI's batch clock use them).
export {
  HANG_GUARD_MS,
  HANG_MESSAGE,
  checkFileSize,
  checkTextLength,
  limitFailure,
} from './import/limits';
// What the importers read (light): the page's file pickers and the desk's folder filter.
export { IMPORT_ACCEPT, IMPORT_EXTENSIONS, importKindsText } from './import/kinds';
