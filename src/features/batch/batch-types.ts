/** Data crossing between the page and the batch workers: small, plain, structured-clone friendly. */
import type { PithErrorCode } from '../../core/errors';
import type { Verdict } from '../../core/verify/check-types';
import type { Binding, VerifyReport } from '../../core/verify/report-types';

export interface BatchRow {
  readonly id: string;
  readonly file: string;
  /** Array position or JSONL line; null for a file holding one document. */
  readonly index: number | null;
  readonly kind: string;
  readonly pithNumber: string | null;
  readonly title: string | null;
  /** How the title is tied to the number (the table says when it is not bound). */
  readonly titleBinding: Binding | null;
  /**
   * 'not-a-record': pith data this app recognises that holds nothing to verify (a mirror manifest, a
   * graph snapshot): read, so not "unreadable", and no problem in a folder of records.
   */
  readonly verdict: Verdict | 'unreadable' | 'not-a-record';
  readonly failing: readonly string[];
  readonly error: string | null;
  /** Why an unreadable entry could not be read ('internal' when the worker itself failed). */
  readonly errorCode: PithErrorCode | 'internal' | null;
}

export type BatchJob =
  /** Whole lines of a JSONL file; `firstLine` is the 1-based number of the first. */
  | { readonly id: string; readonly file: string; readonly type: 'lines'; readonly text: string; readonly firstLine: number }
  | { readonly id: string; readonly file: string; readonly type: 'whole'; readonly text: string }
  /** A whole JSON file, read and decoded (strict UTF-8) in the worker: the page never holds its text. */
  | { readonly id: string; readonly file: string; readonly type: 'file'; readonly blob: Blob }
  | { readonly id: string; readonly file: string; readonly type: 'error'; readonly message: string };

/** One kept entry, verified again for its record page (detail included), with what the page may hold of it. */
export interface OpenedEntry {
  readonly file: string;
  readonly index: number | null;
  readonly report: VerifyReport | null;
  readonly error: string | null;
  /** The text, when it is small enough for the page to show and share; else null (see `blob`). */
  readonly text: string | null;
  /** The text as a Blob to download, when it is too large to hand to the page as a string. */
  readonly blob: Blob | null;
  /** SHA-256 and UTF-8 length of the document text, for the report. */
  readonly document: { readonly sha256Hex: string; readonly bytes: number };
}
