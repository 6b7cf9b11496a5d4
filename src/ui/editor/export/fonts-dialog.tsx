import { useState } from 'react';
import { BODY_FONTS, KAI_FONTS, TABLE_FONTS, type DocxOptions } from '../../../core';
import { useModal } from '../../use-modal';
import { loadDocxOptions, saveDocxOptions } from '../../../workspace/settings/docx-fonts';

/** The Word font settings: which option, its label, its choices. */
const FONT_CHOICES: readonly [keyof DocxOptions, string, readonly string[]][] = [
  ['bodyFont', '正文字体', BODY_FONTS],
  ['kaiFont', '（一）级标题字体', KAI_FONTS],
  ['tableFont', '表格字体', TABLE_FONTS],
];

/** Word 字体设置: the fonts of the Word export, kept in this browser. */
export function FontsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModal(open);
  const [fonts, setFonts] = useState(loadDocxOptions);
  const setFont = (key: keyof DocxOptions, value: string) => {
    const next = { ...fonts, [key]: value };
    setFonts(next);
    saveDocxOptions(next);
  };
  return (
    <dialog ref={ref} aria-labelledby="fonts-title" onClose={onClose}>
      <h2 id="fonts-title">Word 字体设置</h2>
      <p className="hint">没有安装 GB2312 字体的电脑，可改用“仿宋”“楷体”。</p>
      <div className="meta-grid">
        {FONT_CHOICES.map(([key, label, choices]) => (
          <label key={key}>
            {label}
            <select
              value={fonts[key]}
              onChange={(e) => {
                setFont(key, e.target.value);
              }}
            >
              {choices.map((f) => (
                <option key={f}>{f}</option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          完成
        </button>
      </div>
    </dialog>
  );
}
