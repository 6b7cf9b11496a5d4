/**
 * The checks key (F8, help-keys.ts): from the form it goes to the checks (opening the folded bar
 * on a narrow screen); from the checks it goes back to the field the clerk was in. The skip links
 * ask for the checks the same way (checks-focus.ts).
 */
import { useEffect, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { onChecksFocusRequest } from './checks-focus';
import { CHECKS_KEY } from '../help/help-keys';

export function useChecksKey(panel: RefObject<HTMLElement | null>, open: () => void): void {
  useEffect(() => {
    let lastField: HTMLElement | null = null;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      if (target instanceof HTMLElement && target.closest('.editor-main')) lastField = target;
    };
    const toChecks = () => {
      flushSync(open); // a folded panel shows its findings before one takes the focus
      const target =
        panel.current?.querySelector<HTMLElement>('.finding') ??
        panel.current?.querySelector<HTMLElement>('.checks-body h2');
      target?.focus();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== CHECKS_KEY || event.ctrlKey || event.altKey || event.metaKey) return;
      event.preventDefault();
      const inPanel = panel.current?.contains(document.activeElement) ?? false;
      if (inPanel && lastField?.isConnected) lastField.focus();
      else toChecks();
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKeyDown);
    const stop = onChecksFocusRequest(toChecks);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKeyDown);
      stop();
    };
  }, [panel, open]);
}
