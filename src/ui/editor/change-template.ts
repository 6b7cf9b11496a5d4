/** Moving a draft to the other official format, asking first when some cells have no place there. */
import { convertTemplate, getTemplate, type Report, type TemplateId } from '../../core';
import type { DraftRecord } from '../../workspace/drafts';
import type { EditorEngine } from '../../workspace/editor/editor-engine';

/** The draft converted to format `id`: the report, its format's name, the cells with no place. */
export interface TemplateChange {
  readonly report: Report;
  readonly name: string;
  readonly dropped: readonly string[];
}

/** What changing to format `id` gives; undefined when it is the format already. */
export function templateChange(engine: EditorEngine, id: TemplateId): TemplateChange | undefined {
  if (id === engine.template.id) return undefined;
  const { report, dropped } = convertTemplate(engine.currentReport(), id);
  return { report, dropped, name: getTemplate(id).name };
}

/** Save the draft in the new format (the one before kept as a version); the record to reopen on. */
export function changeTemplate(
  engine: EditorEngine,
  change: TemplateChange,
): Promise<DraftRecord | undefined> {
  const note = `改用${change.name}`;
  return engine
    .replaceWith(change.report, note, `${note}前的版本`, note)
    .then((done) => done?.record);
}
