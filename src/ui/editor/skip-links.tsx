import { useEditor } from './state/use-editor-state';
import { requestChecksFocus } from './checks/checks-focus';
import { focusSection } from './page-focus';

/**
 * Skip links, first in the tab order and shown when focused: to each table's first cell and to the
 * checks, so the keyboard need not Tab through every field on the way.
 */
export function SkipLinks() {
  const { template } = useEditor();
  return (
    <nav className="skip-links" aria-label="跳转">
      {template.sections.flatMap((section) =>
        section.table
          ? [
              <button
                key={section.id}
                type="button"
                onClick={() => {
                  focusSection(section.id);
                }}
              >
                跳到{template.tables[section.table].name}
              </button>,
            ]
          : [],
      )}
      <SkipToChecks />
    </nav>
  );
}

/** "跳到检查结果": also after each table, where the last cell's Tab lands. */
export function SkipToChecks({ className }: { className?: string }) {
  return (
    <button type="button" className={className} onClick={requestChecksFocus}>
      跳到检查结果
    </button>
  );
}
