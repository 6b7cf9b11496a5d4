import type { FocusEvent } from 'react';
import type { TemplateId } from '../../core';
import { LastYearPanel } from './last-year/last-year-panel';
import { MetaForm } from './meta-form';
import { NarrativeField } from './narrative-field';
import { ProgressSummary } from './checks/progress-summary';
import { RollForwardOffer } from './last-year/roll-forward-offer';
import { useEditor } from './state/use-editor-state';
import { TableGrid } from './grid/table-grid';

/** The form: 基本信息, then the format's sections in order, each with its text and table. */
export function EditorSections({ onTemplate }: { onTemplate: (id: TemplateId) => void }) {
  const { id, template, touchUi } = useEditor();

  // Remember where the user is, to come back there when the draft is reopened.
  const onFocusIn = (event: FocusEvent<HTMLElement>) => {
    const section = event.target.closest<HTMLElement>('[data-section]')?.dataset.section;
    const cell = event.target instanceof HTMLInputElement ? event.target.dataset.cell : undefined;
    if (section) touchUi(cell ? { section, cell } : { section });
  };

  return (
    <main className="editor-main" onFocus={onFocusIn}>
      <RollForwardOffer />
      <ProgressSummary className="progress-mobile" />
      <section id="section-meta" data-section="meta" className="form-section">
        <h2>基本信息</h2>
        <MetaForm onTemplate={onTemplate} />
        <LastYearPanel currentId={id} />
        <NarrativeField name="text.intro" label="开头段落（可选：报告依据和统计期限）" rows={3} />
      </section>
      {template.sections.map((section) => (
        <section
          key={section.id}
          id={`section-${section.id}`}
          data-section={section.id}
          className="form-section"
        >
          <h2>{section.heading}</h2>
          {section.text && (
            <NarrativeField
              name={`text.${section.text}`}
              label={`${section.heading} 正文`}
              {...(section.outline ? { outline: section.outline } : {})}
              sentences={section.id === 'overview'}
            />
          )}
          {section.table && <TableGrid id={section.table} />}
        </section>
      ))}
    </main>
  );
}
