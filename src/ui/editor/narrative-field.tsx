import { memo, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { countChars, REUSE_LIMIT, reuseShare, standardSentences, type TextKey } from '../../core';
import { useCharLimit } from '../profile/use-char-limit';
import { useEditor, useLastYear } from './state/use-editor-state';

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
        <OutlineButtons outline={outline} sentences={sentences} onInsert={insert} />
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
          <ReuseBadge name={name} previous={lastYear.text[name.slice(5) as TextKey] ?? ''} />
        )}
        <CharCount name={name} />
      </div>
    </div>
  );
});

/** How much of this section repeats last year's text (TEXT_REUSE), as the user types. */
function ReuseBadge({ name, previous }: { name: TextName; previous: string }) {
  const { form } = useEditor();
  const share = useWatch({
    control: form.control,
    name,
    compute: (value: string) => Math.round(reuseShare(value, previous) * 100),
  });
  return (
    <span className={share > REUSE_LIMIT * 100 ? 'reuse reuse-high' : 'reuse'}>
      与上年报告相同约 {share}%
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
  outline,
  sentences,
  onInsert,
}: {
  outline: readonly string[];
  sentences: boolean;
  onInsert: (text: string, label: string) => void;
}) {
  const { currentReport } = useEditor();
  return (
    <div className="outline" role="group" aria-label="插入常用小标题（建议，非官方要求）">
      <span>插入小标题：</span>
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
  );
}
