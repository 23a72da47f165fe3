/**
 * `snapshots`: each graph_snapshot section with no items claims the digest of an empty section.
 * FORMAT.md §6 (confirmed by recomputing it): an empty section's snapshot_sha256 is SHA-256 of the
 * 14 bytes `{"payload":[]}`. A non-empty section's preimage is not confirmed, so it is `skip`
 * (preimage-unknown) and listed as unknown. Graph data is not signed: this check can make a record
 * invalid (an empty section claiming another digest), never verified (role `graph`).
 */
import { isJsonObject, type JsonObject } from '../../json/json-value';
import type { CheckItem, CheckOutcome, CheckResult } from '../check-types';
import { rollUp } from '../check-types';
import type { CheckDefinition } from '../check-definition';
import type { CheckContext } from '../context';
import type { ReplayCommand } from '../replay/replay-types';
import { CHECK_CATALOG } from '../check-catalog';

/** The preimage FORMAT.md §6 confirms for an empty section: compact, no spaces. */
export const EMPTY_SNAPSHOT_PREIMAGE = '{"payload":[]}';
/** FORMAT.md §6 gives this digest; snapshots-check.test.ts recomputes it from the preimage. */
export const EMPTY_SNAPSHOT_SHA256 = '258153158e38e3291e3d48162225fcdb2d5a3ed65a07baac614ab91432fd4f57';

type Emptiness = { readonly kind: 'empty' } | { readonly kind: 'non-empty'; readonly why: string } | { readonly kind: 'unknown'; readonly why: string };

/** Whether a section holds items: its count (`count` or `evidence_count`) and its lists say. */
export function sectionEmptiness(section: JsonObject): Emptiness {
  const count = typeof section.count === 'number' ? section.count : typeof section.evidence_count === 'number' ? section.evidence_count : null;
  let lists = 0;
  let listed = 0;
  for (const key in section) {
    const v = section[key];
    if (Array.isArray(v)) {
      lists++;
      listed += v.length;
    }
  }
  if (count !== null) {
    if (count > 0) return { kind: 'non-empty', why: `count ${count}` };
    if (listed > 0) return { kind: 'unknown', why: `its count is 0 but it lists ${listed} item${listed === 1 ? '' : 's'}` };
    return { kind: 'empty' };
  }
  if (lists > 0) return listed > 0 ? { kind: 'non-empty', why: `${listed} items` } : { kind: 'empty' };
  return { kind: 'unknown', why: 'it has neither a count nor an item list' };
}

function run({ subject }: CheckContext): CheckOutcome {
  const sections: { path: string; section: JsonObject; digest: string }[] = [];
  for (const { value, path } of subject.snapshots) {
    for (const key in value) {
      const s = value[key];
      if (isJsonObject(s) && typeof s.snapshot_sha256 === 'string') sections.push({ path: `${path}.${key}`, section: s, digest: s.snapshot_sha256 });
    }
  }
  if (sections.length === 0) return { status: 'skip', code: 'absent', reason: 'No graph_snapshot section with a snapshot_sha256 in this document.' };
  // The constant, not a hash per record: snapshots-check.test.ts recomputes it from the preimage.
  const empty = EMPTY_SNAPSHOT_SHA256;
  const items: CheckItem[] = sections.map(({ path, section, digest }) => {
    const base = { label: path, path: `${path}.snapshot_sha256`, claimed: digest };
    // A digest that is no digest is the schema check's to report, once.
    if (!/^[0-9a-f]{64}$/.test(digest)) return { ...base, status: 'skip', code: 'malformed', note: 'not a SHA-256 digest (see the schema check)' };
    const e = sectionEmptiness(section);
    if (e.kind === 'empty') {
      return digest === empty
        ? { ...base, computed: empty, status: 'pass', code: 'match', note: `empty section: SHA-256 of ${EMPTY_SNAPSHOT_PREIMAGE}` }
        : { ...base, computed: empty, status: 'fail', code: 'snapshot-mismatch', note: `an empty section hashes to SHA-256 of ${EMPTY_SNAPSHOT_PREIMAGE} (FORMAT.md §6)` };
    }
    return { ...base, status: 'skip', code: 'preimage-unknown', note: e.kind === 'non-empty' ? `not empty (${e.why}): its preimage is not published (FORMAT.md §6)` : `cannot tell whether it is empty: ${e.why}` };
  });
  const status = rollUp(items);
  const n = (s: string) => items.filter((i) => i.status === s).length;
  if (status === 'fail') {
    return { status, code: 'snapshot-mismatch', reason: `${items.filter((i) => i.status === 'fail').map((i) => i.label).join(' and ')} ${n('fail') === 1 ? 'is' : 'are'} empty but claim${n('fail') === 1 ? 's' : ''} another digest than an empty section has (FORMAT.md §6).`, items };
  }
  const unknown = n('skip');
  if (status === 'skip') return { status, code: 'preimage-unknown', reason: `No section is empty; the preimage of a non-empty section is not published (FORMAT.md §6), so none is checkable.`, items };
  return {
    status: 'pass',
    code: 'match',
    reason: `${n('pass')} empty section${n('pass') === 1 ? '' : 's'} claim${n('pass') === 1 ? 's' : ''} the digest of an empty section${unknown > 0 ? `; ${unknown} non-empty one${unknown === 1 ? ' is' : 's are'} not checkable` : ''}. Graph data is unsigned: this never makes a record verified.`,
    items,
  };
}

function replay(check: CheckResult): ReplayCommand[] {
  if (!check.items?.some((i) => i.code === 'match' || i.code === 'snapshot-mismatch')) return [];
  return [
    {
      what: `SHA-256 of the 14 bytes ${EMPTY_SNAPSHOT_PREIMAGE}, the digest of an empty graph section (FORMAT.md §6); compare it with each empty section's snapshot_sha256.`,
      command: `python3 -c 'import hashlib; print(hashlib.sha256(b"{\\"payload\\":[]}").hexdigest())'`,
      expectOutput: EMPTY_SNAPSHOT_SHA256,
    },
  ];
}

export const snapshotsCheck = {
  ...CHECK_CATALOG['snapshots'],
  run,
  replay,
} as const satisfies CheckDefinition;
