/** Whether this page has the OCR pack, loading it from a file, and its screens once it does. */
import { useEffect, useRef, useState } from 'react';
import { loadOcrScreens } from './load-screens';
import { packStatus, storePackFile, type PackStatus } from './ocr-pack';
import type { OcrScreens } from './ocr-screens';

export type GateState =
  | { step: 'checking' }
  | { step: 'missing'; message?: string }
  | { step: 'ready'; status: Exclude<PackStatus, 'none'>; screens: OcrScreens };

/**
 * The pack's check, its loading from a file, and its screens once there is a pack: the editor's
 * OCR gate and the desk's OCR bar both start here.
 */
export function usePackGate() {
  const [state, setState] = useState<GateState>({ step: 'checking' });
  const live = useRef(true);
  const open = async (status: Exclude<PackStatus, 'none'>) => {
    try {
      const screens = await loadOcrScreens();
      if (live.current) setState({ step: 'ready', status, screens });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (live.current) setState({ step: 'missing', message });
    }
  };
  useEffect(() => {
    live.current = true;
    void packStatus().then((status) => {
      if (status !== 'none') void open(status);
      else if (live.current) setState({ step: 'missing' });
    });
    return () => {
      live.current = false;
    };
  }, []);
  const loadPack = async (pack: File) => {
    setState({ step: 'checking' });
    const stored = await storePackFile(pack);
    if (stored.ok) await open(stored.status);
    else if (live.current) setState({ step: 'missing', message: stored.message });
  };
  return { state, loadPack };
}
