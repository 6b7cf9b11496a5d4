/**
 * The Word writers, a door of the core of their own: they bring the large docx package, so the
 * page loads this module on demand (`await import(…/core/word)`) and the first paint stays light.
 */
export { renderDocx } from './render-docx';
export { renderBlankFormDocx } from './render-blank-form-docx';
export {
  renderUnitOpinionDocx,
  renderUnreadableOpinionDocx,
  renderOpinionDocx,
  unitOpinionOutputs,
  opinionArchive,
  type OpinionOutput,
} from './review/opinion-docx';
export { renderNoticeDocx } from './county/notice-docx';
