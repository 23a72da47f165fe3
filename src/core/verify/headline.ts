/**
 * The verdict in words (docs/UX.md #1, #3: never blame the wrong thing; an in-between state says
 * what is missing). One summary sentence, then every reason: the checks that failed, what keeps a
 * record from being verified ("signer unknown: key … is not in your keyring", "no receipt"), and
 * each prominent paper field that is not bound, with why ("abstract cut at 600 characters").
 */
import { cutCodeUnits } from '../text/cut-text';
import { CHECK_TITLES } from './check-catalog';
import { CHECK_ROLES } from './registry';
import type { CheckResult, Verdict } from './check-types';
import { isBound } from './fields';
import type { BindingCode, DisplayFields, EvidenceKey, FieldId, Headline, HeadlineReason } from './report-types';
import { PROMINENT_FIELDS } from './report-types';

const reason = (r: Omit<HeadlineReason, 'check' | 'fields'> & Partial<Pick<HeadlineReason, 'check' | 'fields'>>): HeadlineReason => ({ check: null, fields: [], ...r });

/** What keeps a record with no failing check from being verified. */
function missing(checks: readonly CheckResult[]): HeadlineReason[] {
  const out: HeadlineReason[] = [];
  for (const c of checks) {
    const role = CHECK_ROLES[c.id];
    if (role === 'gate' && c.status === 'warn') {
      const versions = (c.items ?? []).map((i) => `${i.label} is ${JSON.stringify(i.claimed ?? '?')}`).join('; ');
      out.push(reason({ code: 'unknown-version', text: `unknown version: ${versions}, so the checks cannot be trusted to mean anything`, check: c.id }));
    }
    if (role !== 'chain' || c.status === 'pass') continue;
    if (c.id === 'signature') {
      if (c.code === 'signer-unknown') out.push(reason({ code: 'signer-unknown', text: `signer unknown: key ${JSON.stringify(c.claimed ?? '?')} is not in your keyring`, check: c.id }));
      else if (c.code === 'absent') out.push(reason({ code: 'no-receipt', text: 'no receipt: nothing in this document is signed', check: c.id }));
      else out.push(reason({ code: 'signature-not-checkable', text: `the signature is not checkable: ${c.reason}`, check: c.id }));
    } else if (c.id === 'canonical-hash') {
      if (c.code === 'absent') out.push(reason({ code: 'no-canonical-record', text: 'no canonical record: its hash is taken on trust', check: c.id }));
      else out.push(reason({ code: 'canonical-not-checkable', text: `the canonical record is not checkable: ${c.reason}`, check: c.id }));
    } else if (c.id === 'pith-number') {
      if (c.code === 'year-unknown') out.push(reason({ code: 'year-unknown', text: "the number's year is not checkable without a canonical record", check: c.id }));
      else out.push(reason({ code: 'no-number', text: `the number is not checkable: ${c.reason}`, check: c.id }));
    }
  }
  return out;
}

const WHY: Partial<Record<BindingCode, string>> = {
  'no-signature': 'no valid signature by a trusted key covers them',
  'canonical-not-bound': 'the canonical record they are tied through is not the signed one (see canonical-hash)',
  'no-canonical-record': 'no canonical record ties them to the signed digest',
  'no-hash-covers-it': 'no hash covers them',
  'excerpt-cut': 'cut at 600 characters, so its hash cannot be checked',
  'not-checked': 'not compared with the canonical record',
};

const LABELS: Record<(typeof PROMINENT_FIELDS)[number], string> = {
  title: 'title',
  authors: 'authors',
  abstract: 'abstract',
  'submitted-at': 'submission date',
  'primary-category': 'primary category',
  'cross-categories': 'cross-list categories',
  license: 'license',
};

/** The prominent fields that are not bound, one reason per cause ("title, license not bound: …"), and those the document does not hold. */
function unboundFields(fields: DisplayFields, kindLabel: string): HeadlineReason[] {
  const groups = new Map<string, { code: BindingCode; contradicted: boolean; ids: FieldId[] }>();
  const absent = PROMINENT_FIELDS.filter((id) => !fields[id]);
  for (const id of PROMINENT_FIELDS) {
    const f = fields[id];
    if (!f || isBound(f.binding)) continue;
    const contradicted = f.binding === 'contradicted';
    const key = contradicted ? 'contradicted' : f.code;
    const g = groups.get(key) ?? { code: f.code, contradicted, ids: [] };
    g.ids.push(id);
    groups.set(key, g);
  }
  const out = [...groups.values()].map((g) => {
    const names = g.ids.map((id) => LABELS[id as (typeof PROMINENT_FIELDS)[number]]).join(', ');
    const text = g.contradicted ? `${names} contradicted by a check (see the failing checks)` : `${names} not bound: ${WHY[g.code] ?? 'see the checks'}`;
    return reason({ code: 'field-unbound', text, fields: g.ids });
  });
  if (absent.length > 0) out.push(reason({ code: 'field-absent', text: `${absent.map((id) => LABELS[id]).join(', ')}: not in this ${kindLabel}, so nothing about ${absent.length === 1 ? 'it' : 'them'} is checked`, fields: absent }));
  return out;
}

const INCOMPLETE_FALLBACK = 'something needed for full verification is missing';

/** `text` whole when at most `max` code units, else cut at the last space before `max`, with "…". */
function sentenceStart(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = cutCodeUnits(text, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** Why a run is incomplete, in the words its headline's summary starts with (the first missing link). */
export function incompleteReason(checks: readonly CheckResult[]): string {
  return missing(checks)[0]?.text ?? INCOMPLETE_FALLBACK;
}

/**
 * What a verdict on a bundle or a merged state covers (FORMAT.md §6): its canonical record (and a
 * bundle's receipt), never its events, their signatures, the merge or the counts, which no one
 * outside pith.science can check. Said in the summary, where a verdict is read first.
 */
const GRAPH_SCOPE: Readonly<Partial<Record<string, string>>> = {
  'open graph bundle': ' This covers the bundle’s canonical record and receipt only: its events and their signatures are not checked (see Events and merged state).',
  'merged open graph state': ' This covers the state’s canonical record only: its counts and the merge are not checked (see Events and merged state).',
};

/** The headline of a run: a summary sentence that repeats no reason, then the reasons. */
export function headlineOf(verdict: Verdict, checks: readonly CheckResult[], fields: DisplayFields, key: EvidenceKey | null, kindLabel: string): Headline {
  const scope = GRAPH_SCOPE[kindLabel] ?? '';
  const failed = checks.filter((c) => c.status === 'fail');
  const fieldReasons = unboundFields(fields, kindLabel);
  if (verdict === 'invalid') {
    const reasons = failed.map((c) => reason({ code: 'check-failed', text: `${c.id} failed (${c.code}): ${c.reason}`, check: c.id }));
    // One failure: say what it is right away, whole up to 320 characters, else cut at a word (at 160
    // the signature's reason lost "…the signature or that digest was changed": a walk-through, 2026-12-03).
    const only = failed.length === 1 ? ` ${sentenceStart(failed[0]!.reason, 320)}` : '';
    return {
      summary: `Invalid: ${failed.map((c) => `${c.id} (${CHECK_TITLES[c.id]})`).join(', ')} ${failed.length === 1 ? 'fails' : 'fail'}.${only} This record is not what it claims to be.`,
      reasons: [...(failed.length === 1 ? [] : reasons), ...fieldReasons],
    };
  }
  if (verdict === 'incomplete') {
    const reasons = missing(checks);
    const first = reasons[0]?.text ?? INCOMPLETE_FALLBACK;
    return { summary: `Incomplete: ${first.replace(/\.+$/, '')}.${scope}`, reasons: [...reasons.slice(1), ...fieldReasons] };
  }
  const by = key ? `${key.keyId} (${key.origin === 'pinned' ? 'pinned in this app' : 'added by you'})` : 'a trusted key';
  return {
    // The scope before "Not every field is bound:", which introduces the reasons listed after it.
    summary: `Verified: the hash and the number were recomputed here and the signature by ${by} checks out.${scope}${fieldReasons.length > 0 ? ' Not every field is bound:' : ''}`,
    reasons: fieldReasons.length > 0 ? fieldReasons : [reason({ code: 'all-hold', text: 'canonical record → SHA-256 → number → signature: every link holds, and every prominent field is bound' })],
  };
}
