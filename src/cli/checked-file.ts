/** One file's part of `check`'s output, as a worker thread hands it back (no core needed here). */

/** How `check` prints: text for people, one JSON array, or one JSON object per line. */
export type CheckFormat = 'human' | 'json' | 'ndjson';

/** One file's part of the output. */
export interface CheckedFile {
  readonly file: string;
  /** 0 no error findings, 1 error findings, 2 not read. */
  readonly status: 0 | 1 | 2;
  /** For stdout: the human block, the JSON value (an array element), or the NDJSON line. */
  readonly out: string;
  /** For stderr: why the file could not be read. */
  readonly err: string;
  /** Stopped by the importer's last-resort clock: the batch tries the file once more, alone. */
  readonly timedOut?: true;
  /** The report's 机关名称, and whether OCR read it (a scan): set beside the batch (ocr-orgs.ts). */
  readonly org?: { readonly name: string; readonly ocr: boolean };
}

/** A JSON value as printed: pretty as an array element (as JSON.stringify of the array), one line for NDJSON. */
export function jsonText(value: object, format: CheckFormat): string {
  return format === 'ndjson' ? `${JSON.stringify(value)}\n` : JSON.stringify(value, null, 2);
}

/** A file that could not be read or checked, with the message why (which names the file). */
export function failedFile(file: string, message: string, format: CheckFormat): CheckedFile {
  const out = format === 'human' ? '' : jsonText({ file, error: message }, format);
  return { file, status: 2, out, err: `${message}\n` };
}
