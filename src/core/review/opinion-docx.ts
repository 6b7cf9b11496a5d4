/**
 * The 审核意见 as .docx bytes, drawn by the report's Word renderer (loaded on demand, like it): one
 * unit's opinion with its machine-readable file embedded (so the clerk can drop the Word file
 * itself into the editor), the records document of several units, and every unit's opinion in one
 * .zip with the machine-readable files beside the Word files.
 */
import { unzipSync, zipSync, strToU8, type Zippable } from 'fflate';
import { childrenToDocx, renderBlock } from '../docx/document';
import { addresseeParagraph } from '../docx/paragraphs';
import type { DocxOptions } from '../docx/fonts';
import { addCustomXmlPart } from '../docx/embed-report';
import { OPINION_XML_NAMESPACE } from './opinion-embed';
import { xmlSafeValue } from '../xml-chars';
import { opinionFile, saveOpinionFile, withPreviousOpinions } from './opinion-file';
import {
  opinionBlocks,
  opinionTitle,
  unitOpinionBlocks,
  unitOpinionTitle,
  unreadableOpinionBlocks,
  type OpinionBlock,
  type OpinionOptions,
} from './opinion';
import type { OpinionFile } from './opinion-schema';
import { opinionFileNames } from './opinion-names';
import type { ReviewedFile } from './reviewed-file';

const OPINION_ITEM_ID = '{3B9F0C2A-6E41-4D7B-A5C8-1F2E9D7B4C60}';

function blocksDocx(
  blocks: readonly OpinionBlock[],
  title: string,
  creator: string,
  options: DocxOptions,
): Promise<Uint8Array> {
  const safe = xmlSafeValue(blocks).value;
  return childrenToDocx(
    (fonts) =>
      safe.flatMap((block) =>
        block.type === 'addressee'
          ? [addresseeParagraph(block.text, fonts)]
          : renderBlock(block, fonts),
      ),
    xmlSafeValue({ title, creator }).value,
    options,
  );
}

/** One unit's 审核意见 as .docx, its opinion file embedded. */
export async function renderUnitOpinionDocx(
  opinion: OpinionFile,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const { org, year } = opinion.report;
  const bytes = await blocksDocx(
    unitOpinionBlocks(opinion),
    unitOpinionTitle(org, year),
    opinion.issuer,
    options,
  );
  const files = unzipSync(bytes);
  addCustomXmlPart(files, {
    root: 'opinion',
    namespace: OPINION_XML_NAMESPACE,
    text: saveOpinionFile(opinion),
    itemId: OPINION_ITEM_ID,
  });
  return zipSync(files, { level: 6 });
}

/** The 审核意见 for a file that could not be read, as .docx. */
export function renderUnreadableOpinionDocx(
  file: ReviewedFile,
  options: OpinionOptions & DocxOptions = {},
): Promise<Uint8Array> {
  return blocksDocx(
    unreadableOpinionBlocks(file, options),
    `关于报送文件“${file.file}”的审核意见`,
    options.issuer ?? '',
    options,
  );
}

/** The records document of several units (the list as filtered on the desk). */
export function renderOpinionDocx(
  files: readonly ReviewedFile[],
  options: OpinionOptions & DocxOptions = {},
): Promise<Uint8Array> {
  return blocksDocx(
    opinionBlocks(files, options),
    opinionTitle(files),
    options.issuer ?? '',
    options,
  );
}

/** One output file of a unit's opinion. */
export interface OpinionOutput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Each file's opinion: its .docx and, for a readable report, its opinion file (.json) beside it,
 * under names that carry the 机关名称 and stay apart within the batch.
 */
export async function unitOpinionOutputs(
  files: readonly ReviewedFile[],
  options: OpinionOptions & DocxOptions = {},
): Promise<OpinionOutput[]> {
  const names = opinionFileNames(files);
  const outputs: OpinionOutput[] = [];
  for (const [i, file] of withPreviousOpinions(files, options).entries()) {
    const name = names[i] ?? `审核意见-${i + 1}`;
    const opinion = opinionFile(file, options);
    if (!opinion) {
      outputs.push({
        name: `${name}.docx`,
        bytes: await renderUnreadableOpinionDocx(file, options),
      });
      continue;
    }
    outputs.push({ name: `${name}.docx`, bytes: await renderUnitOpinionDocx(opinion, options) });
    outputs.push({ name: `${name}.json`, bytes: strToU8(saveOpinionFile(opinion)) });
  }
  return outputs;
}

/** Every unit's opinion in one .zip (UTF-8 names, as Windows' own unzip reads them). */
export async function opinionArchive(
  files: readonly ReviewedFile[],
  options: OpinionOptions & DocxOptions = {},
): Promise<Uint8Array> {
  const entries: Zippable = {};
  for (const output of await unitOpinionOutputs(files, options)) {
    // .docx is already deflated: stored, not compressed again.
    entries[output.name] = [output.bytes, { level: output.name.endsWith('.docx') ? 0 : 6 }];
  }
  return zipSync(entries);
}
