/** The hostile corpus's manifest (written by scripts/gen-hostile-corpus.py), for the CLI and the e2e runs. */
import { readFileSync } from 'node:fs';

export interface HostileEntry {
  readonly verdict: string;
  readonly error?: string;
  readonly fail?: readonly string[];
  readonly status?: Readonly<Record<string, string>>;
  /** field id → binding, or null where the field must not be shown at all. */
  readonly bindings?: Readonly<Record<string, string | null>>;
}

export interface HostileCase {
  readonly file: string;
  readonly description: string;
  readonly class: string;
  readonly entries: readonly HostileEntry[];
  readonly exit: number;
  /** Also run through the app in Chromium. */
  readonly app: boolean;
}

export const HOSTILE_DIR = new URL('./fixtures/hostile/', import.meta.url);

export const HOSTILE_CASES: readonly HostileCase[] = JSON.parse(readFileSync(new URL('manifest.json', HOSTILE_DIR), 'utf8')) as HostileCase[];
