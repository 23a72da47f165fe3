/**
 * `title-hash` and `abstract-hash`: the displayed text, canonicalised as " ".join(s.lower().split())
 * (FORMAT.md §3), hashes to the value the canonical record carries, which ties unsigned text to the
 * signed record. Only through a canonical record that passed canonical-hash: a match against any
 * other is `not-bound`. Text Python cannot UTF-8 encode (a lone surrogate) cannot be what pith
 * hashed, so against a claimed hash it fails.
 */
import { toHex } from '../../bytes';
import { kindWithArticle } from '../../documents/detect-kind';
import { textCanonSha256 } from '../../text/text-canon';
import type { CheckCode, CheckItem, CheckOutcome, CheckResult } from '../check-types';
import { rollUp, rolledCode } from '../check-types';
import type { CheckDefinition } from '../check-definition';
import { canonicalPassed, notUsable, type CheckContext } from '../context';
import { HEX64, LOAD_RECORD, pythonIndex, RECORD_FILE } from '../replay/shell';
import type { ReplayCommand, ReplayInputs } from '../replay/replay-types';
import { CHECK_CATALOG } from '../check-catalog';

/** FORMAT.md §3: the record's abstract_excerpt is the first 600 characters (code points) of the abstract. */
export const EXCERPT_LIMIT = 600;

/** Code points in `s`, counting no further than `stop` (a 40 MB abstract is never spread into an array). */
export function codePointsUpTo(s: string, stop: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n < stop; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/** FORMAT.md §3: exactly 600 code points is probably cut; longer or shorter is the whole text as served. */
export function isCutExcerpt(text: string): boolean {
  return codePointsUpTo(text, EXCERPT_LIMIT + 1) === EXCERPT_LIMIT;
}

interface Text {
  readonly path: string;
  readonly text: string;
  readonly excerpt: boolean;
}

function hashItem(t: Text, claimed: string, bound: boolean): CheckItem {
  const label = t.path;
  const path = t.path;
  const r = textCanonSha256(t.text);
  if (!r.ok) return { label, path, claimed, status: 'fail', code: 'lone-surrogate', note: `${r.error.message} It cannot be the text that was hashed.` };
  const computed = toHex(r.value);
  if (computed === claimed) {
    return bound ? { label, path, claimed, computed, status: 'pass', code: 'match' } : { label, path, claimed, computed, status: 'skip', code: 'not-bound', note: 'matches the hash in a canonical record that did not pass canonical-hash' };
  }
  if (t.excerpt && isCutExcerpt(t.text)) {
    return { label, path, claimed, computed, status: 'skip', code: 'excerpt-cut', note: `exactly ${EXCERPT_LIMIT} characters long: probably cut, so the hash of the full abstract cannot be checked from it` };
  }
  return { label, path, claimed, computed, status: 'fail', code: 'text-mismatch' };
}

function outcome(what: 'title' | 'abstract', claimed: string, items: CheckItem[]): CheckOutcome {
  const status = rollUp(items);
  const field = `${what}_canon_sha256`;
  const first = items[0]?.computed;
  const values = { claimed, ...(first ? { computed: first } : {}), items };
  if (status === 'pass') return { status, code: 'match', reason: `The ${what}, lower-cased with whitespace collapsed, hashes to ${field}.`, ...values };
  if (status === 'fail') {
    const failed = items.filter((i) => i.status === 'fail');
    const code = rolledCode(items, 'fail', 'text-mismatch');
    const why = code === 'lone-surrogate' ? 'holds a lone surrogate, which has no UTF-8 bytes, so it is not the text that was hashed' : `does not hash to ${field}: the displayed ${what} is not the one that was numbered`;
    return { status, code, reason: `${failed.map((i) => i.label).join(' and ')} ${why}.`, ...values };
  }
  const code: CheckCode = rolledCode(items, 'skip', 'not-bound');
  const reason =
    code === 'excerpt-cut'
      ? `The abstract excerpt is exactly ${EXCERPT_LIMIT} characters, so probably cut (FORMAT.md §3): the full abstract's hash cannot be checked from it.`
      : `The ${what} matches ${field} of a canonical record that did not pass canonical-hash, so it is tied to nothing.`;
  return { status, code, reason, ...values };
}

function runTitle(ctx: CheckContext): CheckOutcome {
  const { subject } = ctx;
  if (subject.canonical.state !== 'present') return { status: 'skip', code: 'absent', reason: 'No well-formed canonical record holding title_canon_sha256.' };
  const claimed = subject.canonical.value.metadata.title_canon_sha256;
  const texts: Text[] = [];
  if (subject.title.state === 'present') texts.push({ path: subject.title.path, text: subject.title.value, excerpt: false });
  for (const p of subject.papers) if (p.value.title !== undefined && !texts.some((t) => t.path === `${p.path}.title`)) texts.push({ path: `${p.path}.title`, text: p.value.title, excerpt: false });
  if (texts.length === 0) {
    if (subject.title.path === '(none)') return { status: 'skip', code: 'absent', reason: `${kindWithArticle(subject.kind).replace(/^a/, 'A')} holds no title, so title_canon_sha256 is not checkable.`, claimed };
    return { status: 'skip', ...notUsable(subject.title.state === 'malformed' ? 'malformed' : 'absent', 'title', subject.title.path), claimed };
  }
  const bound = canonicalPassed(ctx);
  return outcome('title', claimed, texts.map((t) => hashItem(t, claimed, bound)));
}

function runAbstract(ctx: CheckContext): CheckOutcome {
  const { subject } = ctx;
  if (subject.canonical.state !== 'present') return { status: 'skip', code: 'absent', reason: 'No well-formed canonical record holding abstract_canon_sha256.' };
  const claimed = subject.canonical.value.metadata.abstract_canon_sha256;
  const texts: Text[] = [];
  if (subject.abstract) texts.push({ path: subject.abstract.path, text: subject.abstract.value, excerpt: subject.abstract.excerpt });
  for (const p of subject.papers) {
    if (p.value.abstract_excerpt !== undefined && !texts.some((t) => t.path === `${p.path}.abstract_excerpt`)) texts.push({ path: `${p.path}.abstract_excerpt`, text: p.value.abstract_excerpt, excerpt: true });
  }
  if (texts.length === 0) return { status: 'skip', code: 'absent', reason: 'No abstract in this document, so abstract_canon_sha256 is not checkable.', claimed };
  const bound = canonicalPassed(ctx);
  return outcome('abstract', claimed, texts.map((t) => hashItem(t, claimed, bound)));
}

function replayText(what: 'title' | 'abstract') {
  return (check: CheckResult, _x: ReplayInputs): ReplayCommand[] =>
    (check.items ?? []).flatMap((item) => {
      const index = item.path === undefined ? null : pythonIndex(item.path);
      if (index === null || index === '' || !item.computed || !HEX64.test(item.computed)) return [];
      const cut = item.code === 'excerpt-cut' ? ` It is an excerpt cut at ${EXCERPT_LIMIT} characters, so it is not expected to match the record.` : '';
      return [
        {
          what: `SHA-256 of the ${what} at ${item.path}, lower-cased with whitespace collapsed (FORMAT.md §3); compare with ${what}_canon_sha256 ${item.claimed ?? ''}.${cut}`,
          command: `python3 -c 'import json,hashlib,sys; t=${LOAD_RECORD}${index}; print(hashlib.sha256(" ".join(t.lower().split()).encode()).hexdigest())' ${RECORD_FILE}`,
          expectOutput: item.computed,
        },
      ];
    });
}

export const titleHashCheck = {
  ...CHECK_CATALOG['title-hash'],
  run: runTitle,
  replay: replayText('title'),
} as const satisfies CheckDefinition;

export const abstractHashCheck = {
  ...CHECK_CATALOG['abstract-hash'],
  run: runAbstract,
  replay: replayText('abstract'),
} as const satisfies CheckDefinition;
