import { useMemo } from 'react';
import { useEditor, useFindings } from './state/use-editor-state';
import { findingSection, type PageSection } from './checks/finding-target';
import { labelText } from './grid/label-text';
import { ProgressSummary, useProgress } from './checks/progress-summary';

/** Links to the sections, each with its count of errors and warnings. */
export function SectionNav({ onSection }: { onSection: (id: PageSection) => void }) {
  const { template } = useEditor();
  const list = useFindings();
  const counts = useMemo(() => {
    const map = new Map<PageSection, { errors: number; warnings: number }>();
    for (const finding of list) {
      const section = findingSection(template, finding);
      const count = map.get(section) ?? { errors: 0, warnings: 0 };
      if (finding.severity === 'error') count.errors++;
      else if (finding.severity === 'warning' && !finding.explained) count.warnings++;
      map.set(section, count);
    }
    return map;
  }, [list, template]);
  const done = new Set(
    useProgress()
      .filter((p) => p.done)
      .map((p) => p.id),
  );
  const items: [PageSection, string][] = [
    ['meta', '基本信息'],
    ...template.sections.map((s): [PageSection, string] => [s.id, s.heading]),
  ];
  return (
    <nav className="section-nav" aria-label="报告各部分">
      <ProgressSummary />
      <ol>
        {items.map(([id, label]) => {
          const count = counts.get(id);
          const said = [
            count?.errors ? `${count.errors} 个错误` : '',
            count?.warnings ? `${count.warnings} 个警告` : '',
            done.has(id) ? '已完成' : '',
          ].filter(Boolean);
          return (
            <li key={id}>
              <button
                type="button"
                onClick={() => {
                  onSection(id);
                }}
              >
                <span>{labelText(label)}</span>
                {count && count.errors > 0 && (
                  <span className="badge badge-error" title="错误" aria-hidden="true">
                    {count.errors}
                  </span>
                )}
                {count && count.warnings > 0 && (
                  <span className="badge badge-warning" title="警告" aria-hidden="true">
                    {count.warnings}
                  </span>
                )}
                {done.has(id) && (
                  <span className="part-done" title="已完成" aria-hidden="true">
                    ✓
                  </span>
                )}
                {/* The name is the visible label with the counts in words (not "…情况12"). */}
                {said.length > 0 && <span className="visually-hidden"> {said.join(' ')}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
