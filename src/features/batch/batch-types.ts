/** Data crossing between the page and the batch workers: small, plain, structured-clone friendly. */
import type { Verdict } from '../../core/verify/check-types';

export interface BatchRow {
  readonly id: string;
  readonly file: string;
  /** Array position or JSONL line; null for a file holding one document. */
  readonly index: number | null;
  readonly kind: string;
  readonly pithNumber: string | null;
  readonly title: string | null;
  readonly verdict: Verdict | 'unreadable';
  readonly failing: readonly string[];
  readonly error: string | null;
}

export type BatchJob =
  /** Whole lines of a JSONL file; `firstLine` is the 1-based number of the first. */
  | { readonly id: string; readonly file: string; readonly type: 'lines'; readonly text: string; readonly firstLine: number }
  | { readonly id: string; readonly file: string; readonly type: 'whole'; readonly text: string }
  | { readonly id: string; readonly file: string; readonly type: 'error'; readonly message: string };
