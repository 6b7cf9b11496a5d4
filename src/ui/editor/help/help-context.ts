/** Opening the 帮助 panel from anywhere in the editor: a finding, the header, a key. */
import { createContext, useContext } from 'react';
import type { RuleId } from '../../../core';

/** What to show: a rule's entry, the keys, or the start of the panel. */
export interface HelpRequest {
  readonly rule?: RuleId;
  readonly topic?: 'keys';
}

export const HelpContext = createContext<(request?: HelpRequest) => void>(() => undefined);

/** Opens the 帮助 panel (see help-panel.tsx). */
export function useHelp(): (request?: HelpRequest) => void {
  return useContext(HelpContext);
}
