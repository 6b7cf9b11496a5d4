/** A ScanReader from an OcrReader: the pages it reads, laid out as a report by importScanned. */
import { importScanned } from './import-scanned';
import type { OcrReader, ScanReader } from './ocr-reader';

/** Read a scan's pages with `read`, then lay them out for the table readers. */
export function scanReader(read: OcrReader): ScanReader {
  return async (file, options, input) => importScanned(await read(file), options, input);
}
