/**
 * Reading the opinion file back out of an opinion's .docx (where opinion-docx.ts embedded it), so
 * the clerk can drop the Word file itself into the editor; light, without the Word writer.
 */
import { embeddedXmlText } from '../import/embedded-report';
import { loadOpinionFile, type OpinionLoad } from './opinion-file';

/** Namespace of the opinion file embedded in the opinion's .docx. */
export const OPINION_XML_NAMESPACE = 'urn:gongkai-report:review-opinion';

/** The opinion file embedded in an opinion's .docx, or a message why there is none. */
export function opinionFromDocx(docx: Uint8Array): OpinionLoad {
  let text: string | undefined;
  try {
    text = embeddedXmlText(docx, 'opinion', OPINION_XML_NAMESPACE);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (text === undefined) {
    return {
      ok: false,
      message:
        '这个 Word 文件中没有可导入的审核意见数据（应为批量审核导出的审核意见，或与之同名的 .json 文件）。',
    };
  }
  return loadOpinionFile(text);
}

/** An opinion from a file's bytes: its .json, or the .docx it is embedded in. */
export function readOpinionBytes(name: string, bytes: Uint8Array): OpinionLoad {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (zip || /\.docx$/i.test(name)) return opinionFromDocx(bytes);
  return loadOpinionFile(new TextDecoder().decode(bytes));
}
