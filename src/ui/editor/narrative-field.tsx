import { memo, useMemo, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import {
  countChars,
  linkedReport,
  REUSE_LIMIT,
  sectionReuse,
  standardSentences,
  type LastYearLink,
  type TextKey,
} from '../../core';
import { useCharLimit } from '../profile/use-char-limit';
import { useEditor, useFindings, useLastYear } from './state/use-editor-state';

type TextName = 'text.intro' | 'text.overview' | 'text.problems' | 'text.other';

/** A narrative text area with the format's suggested sub-headings to insert and a character count. */
export const NarrativeField = memo(function NarrativeField({
  name,
  label,
  outline,
  rows = 10,
  sentences = false,
}: {
  name: TextName;
  label: string;
  outline?: readonly string[];
  rows?: number;
  /** Offer the standard sentences generated from 表三 and 表四. */
  sentences?: boolean;
}) {
  const engine = useEditor();
  const { form } = engine;
  const lastYear = useLastYear();
  const area = useRef<HTMLTextAreaElement | null>(null);
  const { ref, ...field } = form.register(name);

  // An insert is one step of its own, in the draft's undo and in the text area's (insertText).
  const insert = (heading: string, label: string) => {
    const element = area.current;
    const value = form.getValues(name);
    const at = element ? element.selectionStart : value.length;
    const before = value.slice(0, at);
    const after = value.slice(at);
    const lead = before === '' || before.endsWith('\n') ? '' : '\n';
    const tail = after.startsWith('\n') ? '' : '\n';
    const text = `${lead}${heading}${tail}`;
    const next = `${before}${text}${after}`;
    engine.batch(() => {
      if (element) {
        element.focus();
        element.setSelectionRange(at, at);
        // The browser's editing command keeps its text undo; React reads the change as typed.
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only way to keep it
        document.execCommand('insertText', false, text);
        // Ends the browser's typing step: what is typed next is undone apart from the insert.
        element.setSelectionRange(element.selectionEnd, element.selectionEnd);
      }
      if (form.getValues(name) !== next) {
        // No editing command here (or it did something else): set the value instead.
        form.setValue(name, next, { shouldDirty: true });
        const caret = before.length + text.length;
        element?.setSelectionRange(caret, caret);
      }
    }, label);
  };

  return (
    <div className="narrative">
      <label className="field-label" htmlFor={name}>
        {label}
      </label>
      {outline && outline.length > 0 && (
        <OutlineButtons name={name} outline={outline} sentences={sentences} onInsert={insert} />
      )}
      <textarea
        id={name}
        rows={rows}
        {...field}
        ref={(element) => {
          ref(element);
          area.current = element;
        }}
      />
      <div className="narrative-foot">
        {lastYear && name !== 'text.intro' && (
          <ReuseBadge section={name.slice('text.'.length) as TextKey} lastYear={lastYear} />
        )}
        <CharCount name={name} />
      </div>
    </div>
  );
});

/**
 * How much of this section repeats last year's text: TEXT_REUSE's own measure (the clerk's prose,
 * standard sentences and short factual statements left out), so badge and finding never disagree.
 * Worked out after each check (the findings change), not on the keystroke.
 */
function ReuseBadge({ section, lastYear }: { section: TextKey; lastYear: LastYearLink }) {
  const { currentReport } = useEditor();
  const findings = useFindings();
  const last = useMemo(() => linkedReport(lastYear), [lastYear]);
  const share = useMemo(
    () => sectionReuse(currentReport(), last, section),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the findings mark each new check
    [currentReport, last, section, findings],
  );
  return (
    <span className={share > REUSE_LIMIT ? 'reuse reuse-high' : 'reuse'}>
      与上年报告相同约 {Math.round(share * 100)}%（小标题、标准表述和常用事实陈述不计）
    </span>
  );
}

/** The count OVERVIEW_LENGTH uses (countChars), against the local limit when one is in force. */
function CharCount({ name }: { name: TextName }) {
  const { form } = useEditor();
  const count = useWatch({ control: form.control, name, compute: countChars });
  const year = useWatch({ control: form.control, name: 'meta.year' });
  const limit = useCharLimit(name.slice(5) as TextKey, Number(year));
  const over = limit !== undefined && count > limit;
  return (
    <div className={over ? 'char-count char-over' : 'char-count'}>
      {count} 字（不含空格）{limit !== undefined && `，地方要求不超过 ${limit} 字`}
    </div>
  );
}

/** The suggested sub-headings (and the standard sentences from the tables) to insert. */
function OutlineButtons({
  name,
  outline,
  sentences,
  onInsert,
}: {
  name: TextName;
  outline: readonly string[];
  sentences: boolean;
  onInsert: (text: string, label: string) => void;
}) {
  const { currentReport } = useEditor();
  return (
    <div className="outline">
      {sentences && (
        <button
          type="button"
          onClick={() => {
            onInsert(standardSentences(currentReport()), '插入标准表述');
          }}
        >
          插入按表格生成的标准表述
        </button>
      )}
      <div className="outline-headings" role="group" aria-labelledby={`${name}-outline`}>
        <span id={`${name}-outline`}>插入常用小标题（建议，非官方要求）：</span>
        {outline.map((heading) => (
          <button
            type="button"
            key={heading}
            onClick={() => {
              onInsert(heading, `插入小标题“${heading}”`);
            }}
          >
            {heading}
          </button>
        ))}
      </div>
    </div>
  );
}
