/**
 * `title-hash` and `abstract-hash`: the displayed text, canonicalised as
 * " ".join(s.lower().split()) (FORMAT.md §3), hashes to the value the
 * canonical record carries, which ties unsigned text to the signed record.
 */
import { toHex } from '../../bytes';
import { textCanonSha256 } from '../../text/text-canon';
import type { CheckItem, CheckResult } from '../check-types';
import { rollUp } from '../check-types';
import { skipReasonFor, type CheckContext } from '../context';

/** FORMAT.md §3: the record's abstract_excerpt is the first 600 characters (code points) of the abstract. */
export const EXCERPT_LIMIT = 600;

function hashItem(label: string, text: string, expected: string, cutAt?: number): CheckItem {
  const r = textCanonSha256(text);
  if (!r.ok) return { label, status: 'skip', expected, note: r.error.message };
  const computed = toHex(r.value);
  if (computed === expected) return { label, status: 'pass', expected, computed };
  if (cutAt !== undefined && [...text].length >= cutAt) {
    return { label, status: 'skip', expected, computed, note: `${cutAt} characters long: probably cut, so the hash of the full abstract cannot be checked from it` };
  }
  return { label, status: 'fail', expected, computed };
}

export function titleHashCheck({ subject }: CheckContext): CheckResult {
  if (subject.canonical.state !== 'present') return { id: 'title-hash', status: 'skip', reason: 'No well-formed canonical record holding title_canon_sha256.' };
  const expected = subject.canonical.value.metadata.title_canon_sha256;
  const titles: { path: string; text: string }[] = [];
  if (subject.title.state === 'present') titles.push({ path: subject.title.path, text: subject.title.value });
  for (const p of subject.papers) if (p.value.title !== undefined && !titles.some((t) => t.path === `${p.path}.title`)) titles.push({ path: `${p.path}.title`, text: p.value.title });
  if (titles.length === 0) return { id: 'title-hash', status: 'skip', reason: skipReasonFor(subject.title.state === 'malformed' ? 'malformed' : 'absent', 'title', subject.title.path), expected };
  const items = titles.map((t) => hashItem(t.path, t.text, expected));
  const status = rollUp(items);
  const reason =
    status === 'pass'
      ? `The title, lower-cased with whitespace collapsed, hashes to title_canon_sha256.`
      : status === 'fail'
        ? `${items.filter((i) => i.status === 'fail').map((i) => i.label).join(' and ')} does not hash to title_canon_sha256: the displayed title is not the one that was numbered.`
        : `The title could not be hashed: ${items[0]?.note ?? ''}`;
  return { id: 'title-hash', status, reason, expected, computed: items[0]?.computed ?? '', items };
}

export function abstractHashCheck({ subject }: CheckContext): CheckResult {
  if (subject.canonical.state !== 'present') return { id: 'abstract-hash', status: 'skip', reason: 'No well-formed canonical record holding abstract_canon_sha256.' };
  const expected = subject.canonical.value.metadata.abstract_canon_sha256;
  const texts: { path: string; text: string; excerpt: boolean }[] = [];
  if (subject.abstract) texts.push({ path: subject.abstract.path, text: subject.abstract.value, excerpt: subject.abstract.excerpt });
  for (const p of subject.papers) if (p.value.abstract_excerpt !== undefined && !texts.some((t) => t.path === `${p.path}.abstract_excerpt`)) texts.push({ path: `${p.path}.abstract_excerpt`, text: p.value.abstract_excerpt, excerpt: true });
  if (texts.length === 0) return { id: 'abstract-hash', status: 'skip', reason: 'No abstract in this document, so abstract_canon_sha256 is not checkable.', expected };
  const items = texts.map((t) => hashItem(t.path, t.text, expected, t.excerpt ? EXCERPT_LIMIT : undefined));
  const status = rollUp(items);
  const reason =
    status === 'pass'
      ? 'The abstract, lower-cased with whitespace collapsed, hashes to abstract_canon_sha256.'
      : status === 'fail'
        ? `${items.filter((i) => i.status === 'fail').map((i) => i.label).join(' and ')} does not hash to abstract_canon_sha256: the displayed abstract is not the one that was numbered.`
        : `The abstract excerpt is cut at ${EXCERPT_LIMIT} characters (FORMAT.md §3), so the full abstract's hash cannot be checked from it.`;
  return { id: 'abstract-hash', status, reason, expected, ...(items[0]?.computed ? { computed: items[0].computed } : {}), items };
}
