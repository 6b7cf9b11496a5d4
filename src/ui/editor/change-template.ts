/** Moving a draft to the other official format, asking first when some cells have no place there. */
import { convertTemplate, getTemplate, type TemplateId } from '../../core';
import type { DraftRecord } from '../storage/drafts-db';
import type { EditorEngine } from './state/editor-engine';

/** The draft in format `id`, saved; undefined when nothing changed or the user declined. */
export async function changeTemplate(
  engine: EditorEngine,
  id: TemplateId,
): Promise<DraftRecord | undefined> {
  if (id === engine.template.id) return undefined;
  const { report, dropped } = convertTemplate(engine.currentReport(), id);
  const name = getTemplate(id).name;
  if (
    dropped.length > 0 &&
    !window.confirm(
      `改用${name}后，以下单元格没有对应位置，数值不会保留：${dropped.join('、')}。确定改用吗？`,
    )
  ) {
    return undefined;
  }
  return engine.replaceWith(report, `改用${name}`, `改用${name}前的版本`);
}
