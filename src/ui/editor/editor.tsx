import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useLayoutEffect, useMemo, useState, type FocusEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import {
  checkAll,
  convertTemplate,
  getTemplate,
  inferTotalsModes,
  type LastYearLink,
  type Report,
  type TemplateId,
} from '../../core';
import { putDraft, type DraftRecord } from '../storage/drafts-db';
import { ChecksPanel } from './checks-panel';
import { ExportBar } from './export-bar';
import { PrintPreview } from './print-preview';
import { EditorContext, useEditor, type EditorContextValue } from './editor-context';
import type { PageSection } from './finding-target';
import { createFindingsStore } from './findings-store';
import {
  formSchema,
  formValuesOf,
  reportOf,
  type FormValues,
  type TotalsModes,
} from './form-model';
import { LastYearPanel } from './last-year-panel';
import { MetaForm } from './meta-form';
import { NarrativeField } from './narrative-field';
import { createSaveStatus, useSaveStatus, type SaveStatusStore } from './save-status';
import { SectionNav } from './section-nav';
import { focusCell, TableGrid } from './table-grid';
import { useAutosave } from './use-autosave';

const TIME = new Intl.DateTimeFormat('zh-CN', { timeStyle: 'medium' });

function scrollToSection(id: PageSection) {
  document.getElementById(`section-${id}`)?.scrollIntoView({ block: 'start' });
}

/** The report editor for one draft: form, live checks, autosave, exports. */
export function Editor({
  record,
  onReplace,
  onClose,
}: {
  record: DraftRecord;
  onReplace: (record: DraftRecord) => void;
  onClose: () => void;
}) {
  const base = record.report;
  const template = getTemplate(base.template);
  const form = useForm<FormValues>({
    defaultValues: formValuesOf(base),
    resolver: zodResolver(formSchema(template)),
    mode: 'onChange',
  });
  const [modes, setModes] = useState<TotalsModes>(() => ({
    ...inferTotalsModes(template, base.cells),
    ...base.totals,
  }));
  const findings = useMemo(() => createFindingsStore(), []);
  const [lastYear, setLastYear] = useState<LastYearLink | undefined>(base.lastYear);
  const [preview, setPreview] = useState<Report | null>(null);
  const status = useMemo(
    () => createSaveStatus({ kind: 'saved', at: record.savedAt }),
    [record.savedAt],
  );
  const { touchUi, currentReport } = useAutosave({
    id: record.id,
    base,
    form,
    modes,
    lastYear,
    status,
    initialUi: record.ui,
  });

  const context = useMemo<EditorContextValue>(
    () => ({ form, template, modes, setModes, findings, lastYear, setLastYear, currentReport }),
    // currentReport reads refs and the form: it does not change what the context shows
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [form, template, modes, findings, lastYear],
  );

  // Mark invalid cells of a reopened draft, and go back to where the user was.
  useEffect(() => {
    void form.trigger();
    const { cell, section } = record.ui;
    if (cell && focusCell(cell)) {
      document.querySelector(`[data-cell="${cell}"]`)?.scrollIntoView({ block: 'center' });
    } else if (section) {
      scrollToSection(section as PageSection);
    }
  }, [form, record.ui]);

  const onFocusIn = (event: FocusEvent<HTMLElement>) => {
    const section = event.target.closest<HTMLElement>('[data-section]')?.dataset.section;
    const cell = event.target instanceof HTMLInputElement ? event.target.dataset.cell : undefined;
    if (section) touchUi(cell ? { section, cell } : { section });
  };

  const changeTemplate = async (id: TemplateId) => {
    if (id === template.id) return;
    const { report, dropped } = convertTemplate(currentReport(), id);
    const name = getTemplate(id).name;
    if (
      dropped.length > 0 &&
      !window.confirm(
        `改用${name}后，以下单元格没有对应位置，数值不会保留：${dropped.join('、')}。确定改用吗？`,
      )
    ) {
      return;
    }
    const next: DraftRecord = { ...record, report, savedAt: Date.now() };
    await putDraft(next);
    onReplace(next);
  };

  return (
    <EditorContext.Provider value={context}>
      <FindingsWatcher base={base} />
      <div className="editor">
        <header className="editor-top">
          <button type="button" onClick={onClose}>
            ← 草稿列表
          </button>
          <EditorTitle />
          <SaveIndicator status={status} />
          <ExportBar
            currentReport={currentReport}
            onPreview={() => {
              setPreview(currentReport());
            }}
          />
        </header>
        <SectionNav onSection={scrollToSection} />
        <main className="editor-main" onFocus={onFocusIn}>
          <section id="section-meta" data-section="meta" className="form-section">
            <h2>基本信息</h2>
            <MetaForm onTemplate={(id) => void changeTemplate(id)} />
            <LastYearPanel currentId={record.id} />
            <NarrativeField
              name="text.intro"
              label="开头段落（可选：报告依据和统计期限）"
              rows={3}
            />
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
        <ChecksPanel />
      </div>
      {preview && (
        <PrintPreview
          report={preview}
          onClose={() => {
            setPreview(null);
          }}
        />
      )}
    </EditorContext.Provider>
  );
}

/** Runs the rule engine on every change and publishes the findings; renders nothing. */
function FindingsWatcher({ base }: { base: Report }) {
  const { form, modes, findings, lastYear } = useEditor();
  const values = useWatch({ control: form.control }) as FormValues;
  const list = useMemo(
    () => checkAll(reportOf(base, values, modes, lastYear)),
    [base, values, modes, lastYear],
  );
  useLayoutEffect(() => {
    findings.set(list);
  }, [findings, list]);
  return null;
}

function EditorTitle() {
  const { form } = useEditor();
  const [org, year] = useWatch({ control: form.control, name: ['meta.org', 'meta.year'] });
  return (
    <h1 className="editor-title">
      {org || '（未填写机关名称）'} {year}年政府信息公开工作年度报告
    </h1>
  );
}

function SaveIndicator({ status }: { status: SaveStatusStore }) {
  const state = useSaveStatus(status);
  return (
    <span className={`save-status save-${state.kind}`} role="status" aria-live="polite">
      {state.kind === 'saved'
        ? `已保存 ${TIME.format(state.at)}`
        : state.kind === 'pending'
          ? '正在保存…'
          : `保存失败：${state.message}`}
    </span>
  );
}
