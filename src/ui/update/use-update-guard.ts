import { useEffect } from 'react';
import { guardUpdate } from './update-guard';

/** While `active`, a new version of the page does not take over (work in progress here). */
export function useUpdateGuard(active: boolean): void {
  useEffect(() => (active ? guardUpdate() : undefined), [active]);
}
