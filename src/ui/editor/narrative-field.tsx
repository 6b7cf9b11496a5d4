import { memo, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { useEditor } from './editor-context';

type TextName = 'text.intro' | 'text.overview' | 'text.problems' | 'text.other';

/** A narrative text area with the format's suggested sub-headings to insert and a character count. */
export const NarrativeField = memo(function NarrativeField({
  name,
  label,
  outline,
  rows = 10,
}: {
  name: TextName;
  label: string;
  outline?: readonly string[];
  rows?: number;
}) {
  const { form } = useEditor();
  const area = useRef<HTMLTextAreaElement | null>(null);
  const { ref, ...field } = form.register(name);

  const insert = (heading: string) => {
    const element = area.current;
    const value = form.getValues(name);
    const at = element ? element.selectionStart : value.length;
    const before = value.slice(0, at);
    const after = value.slice(at);
    const lead = before === '' || before.endsWith('\n') ? '' : '\n';
    const tail = after.startsWith('\n') ? '' : '\n';
    const next = `${before}${lead}${heading}${tail}${after}`;
    form.setValue(name, next, { shouldDirty: true });
    const caret = before.length + lead.length + heading.length + tail.length;
    element?.focus();
    element?.setSelectionRange(caret, caret);
  };

  return (
    <div className="narrative">
      <label className="field-label" htmlFor={name}>
        {label}
      </label>
      {outline && outline.length > 0 && (
        <div className="outline" role="group" aria-label="插入常用小标题（建议，非官方要求）">
          <span>插入小标题：</span>
          {outline.map((heading) => (
            <button
              type="button"
              key={heading}
              onClick={() => {
                insert(heading);
              }}
            >
              {heading}
            </button>
          ))}
        </div>
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
      <CharCount name={name} />
    </div>
  );
});

function CharCount({ name }: { name: TextName }) {
  const { form } = useEditor();
  const count = useWatch({
    control: form.control,
    name,
    compute: (value: string) => value.replace(/\s/g, '').length,
  });
  return <div className="char-count">{count} 字（不含空格）</div>;
}
