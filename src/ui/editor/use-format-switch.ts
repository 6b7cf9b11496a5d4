import { useState } from 'react';
import type { TemplateId } from '../../core';
import type { DraftRecord } from '../../workspace/drafts';
import { changeTemplate, templateChange, type TemplateChange } from './change-template';
import { useEditor } from './state/use-editor-state';

/**
 * Switching the draft to another official format: at once when every cell has a place there,
 * else held as `pending` until the user confirms; the saved record reopens through `onReplace`.
 */
export function useFormatSwitch(onReplace: (record: DraftRecord) => void) {
  const engine = useEditor();
  const [pending, setPending] = useState<TemplateChange | undefined>(undefined);
  const switchFormat = (change: TemplateChange) => {
    setPending(undefined);
    changeTemplate(engine, change).then(
      (next) => {
        if (next) onReplace(next);
      },
      () => undefined, // storage refused: the banner says so, the draft stays as it is
    );
  };
  const request = (id: TemplateId) => {
    const change = templateChange(engine, id);
    if (!change) return;
    // Cells with no place in the other format are lost: ask first.
    if (change.dropped.length > 0) setPending(change);
    else switchFormat(change);
  };
  const confirm = () => {
    if (pending) switchFormat(pending);
  };
  const cancel = () => {
    setPending(undefined);
  };
  return { pending, request, confirm, cancel };
}
