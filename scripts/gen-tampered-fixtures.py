#!/usr/bin/env python3
"""Writes tests/fixtures/tampered/: copies of REAL pith.science records (tests/fixtures/pith,
copied from ../shared/pith) with exactly one change each, plus manifest.json saying which
checks must fail. The expectations are written here by hand from FORMAT.md, not computed by
the app, so the tests that read them can fail.

Run: python3 scripts/gen-tampered-fixtures.py   (deterministic; output is committed)
"""
import base64
import copy
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from fixture_helpers import copy_with, setp  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), '..')
SRC = os.path.join(ROOT, 'tests', 'fixtures', 'pith')
OUT = os.path.join(ROOT, 'tests', 'fixtures', 'tampered')

seed = json.load(open(os.path.join(SRC, 'UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')))
vectors = json.load(open(os.path.join(SRC, 'vectors.json')))
by_number = {v['pith_number']: v for v in vectors}

cases = []


def case(name, doc, description, verdict, fail=(), status=None, bindings=None, text=None):
    """bindings: field id -> binding, by the rule of the truth issue (README "How verification
    works"): signed / hash-bound / rehash-bound only through an unbroken chain to a digest a
    trusted key signed; contradicted where a check compared the value and it differs; else unbound.
    A field listed as None must not be shown at all (not a field of this kind of document)."""
    path = os.path.join(OUT, name + '.json')
    with open(path, 'w', encoding='utf-8') as f:
        if text is not None:
            f.write(text)
        else:
            json.dump(doc, f, ensure_ascii=False)
    cases.append({'file': name + '.json', 'description': description, 'verdict': verdict,
                  'fail': sorted(fail), 'status': status or {}, 'bindings': bindings or {}})


def seed_with(mutate):
    return copy_with(seed, mutate)


def flip_char(s, i=-1):
    # Change one base32 / hex character to another valid one of the same alphabet.
    c = s[i]
    alphabet = '0123456789abcdef' if c in '0123456789abcdef' else 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
    r = alphabet[(alphabet.index(c) + 1) % len(alphabet)]
    i = i % len(s)
    return s[:i] + r + s[i + 1:]


os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    if f.endswith('.json'):
        os.remove(os.path.join(OUT, f))

CR = ['canonical_record']
MD = CR + ['metadata']

# --- untouched and harmless changes -------------------------------------------------------
# The seed as served: the chain holds, so canonical values are hash-bound, the title is bound by
# re-hash; the authors are covered by nothing, and the abstract excerpt is exactly 600 characters.
SEED_BINDINGS = {'pith-number': 'hash-bound', 'canonical-sha256': 'signed', 'signed-digest': 'signed', 'title': 'rehash-bound',
                 'authors': 'unbound', 'abstract': 'unbound', 'submitted-at': 'hash-bound', 'primary-category': 'hash-bound',
                 'cross-categories': 'hash-bound', 'license': 'hash-bound', 'source': 'hash-bound'}
# Nothing reaches a signed digest: every field is unbound.
UNBOUND = {k: 'unbound' for k in SEED_BINDINGS if k not in ('signed-digest',)}
case('seed-pretty-reordered', {k: seed[k] for k in reversed(list(seed))}, 'key order and whitespace do not matter (FORMAT.md §2)', 'verified',
     bindings=SEED_BINDINGS)

# --- every field of the canonical record ----------------------------------------------------
case('cr-source-id', seed_with(lambda d: setp(d, CR + ['source', 'id'], '1704.04290')), 'canonical_record.source.id changed',
     'invalid', ['canonical-hash', 'aliases', 'metadata'])
case('cr-source-kind', seed_with(lambda d: setp(d, CR + ['source', 'kind'], 'biorxiv')), 'canonical_record.source.kind changed',
     'invalid', ['canonical-hash', 'metadata'])
case('cr-source-version', seed_with(lambda d: setp(d, CR + ['source', 'version'], 1)), 'canonical_record.source.version changed',
     'invalid', ['canonical-hash', 'aliases', 'metadata'])
case('cr-schema-version', seed_with(lambda d: setp(d, CR + ['schema_version'], '1.1')), 'canonical_record.schema_version changed to an unknown version',
     'invalid', ['canonical-hash'], {'schema': 'warn', 'title-hash': 'skip', 'metadata': 'skip', 'aliases': 'skip'})
case('cr-license', seed_with(lambda d: setp(d, MD + ['license'], 'http://creativecommons.org/licenses/by/4.0/')), 'metadata.license changed',
     'invalid', ['canonical-hash', 'metadata'], {'title-hash': 'skip'},
     # The canonical record no longer hashes to the signed digest: nothing is bound through it,
     # and the title that matches its title hash is tied to nothing (route 1).
     dict(UNBOUND, **{'canonical-sha256': 'contradicted', 'signed-digest': 'signed'}))
case('cr-primary-cat', seed_with(lambda d: setp(d, MD + ['primary_cat'], 'cs.LG')), 'metadata.primary_cat changed',
     'invalid', ['canonical-hash', 'metadata'])
case('cr-submitted-at-time', seed_with(lambda d: setp(d, MD + ['submitted_at'], '2017-04-13T22:17:31Z')), 'metadata.submitted_at changed (same year)',
     'invalid', ['canonical-hash', 'metadata'])
case('cr-submitted-at-year', seed_with(lambda d: setp(d, MD + ['submitted_at'], '2016-04-13T22:17:30Z')), 'metadata.submitted_at changed (other year)',
     'invalid', ['canonical-hash', 'pith-number', 'metadata'])
case('cr-cross-cats', seed_with(lambda d: setp(d, MD + ['cross_cats_sorted'], ['cs.AI', 'cs.LG'])), 'metadata.cross_cats_sorted changed',
     'invalid', ['canonical-hash', 'metadata'])
case('cr-title-hash', seed_with(lambda d: setp(d, MD + ['title_canon_sha256'], flip_char(seed['canonical_record']['metadata']['title_canon_sha256']))),
     'metadata.title_canon_sha256 changed', 'invalid', ['canonical-hash', 'title-hash'])
case('cr-abstract-hash', seed_with(lambda d: setp(d, MD + ['abstract_canon_sha256'], flip_char(seed['canonical_record']['metadata']['abstract_canon_sha256']))),
     'metadata.abstract_canon_sha256 changed (the served abstract is cut at 600 characters, so only the hash shows it)',
     'invalid', ['canonical-hash'], {'abstract-hash': 'skip'})
case('cr-extra-field', seed_with(lambda d: setp(d, MD + ['note'], 'added')), 'a field added to the canonical record',
     'invalid', ['canonical-hash'])

# --- the number, the claimed hashes, the receipt ------------------------------------------
case('pith-number-suffix', seed_with(lambda d: setp(d, ['pith_number'], flip_char(seed['pith_number']))), 'pith_number suffix changed',
     'invalid', ['pith-number'])
case('pith-number-year', seed_with(lambda d: setp(d, ['pith_number'], seed['pith_number'].replace('2017', '2018'))), 'pith_number year changed',
     'invalid', ['pith-number'])
case('short-pith-number', seed_with(lambda d: setp(d, ['short_pith_number'], 'pith:UTTGU3KJ')), 'short_pith_number changed',
     'invalid', ['pith-number'])
case('canonical-sha256', seed_with(lambda d: setp(d, ['canonical_sha256'], flip_char(seed['canonical_sha256'], 0))), 'top-level canonical_sha256 changed in its first 130 bits',
     'invalid', ['canonical-hash', 'pith-number'])
# The number encodes only the first 130 bits of the digest (FORMAT.md §1): a change in the last hex
# digit leaves the number as it is, and only the hash check sees it.
case('canonical-sha256-tail', seed_with(lambda d: setp(d, ['canonical_sha256'], flip_char(seed['canonical_sha256']))), 'top-level canonical_sha256 changed in its last hex digit',
     'invalid', ['canonical-hash'], {'pith-number': 'pass'})
case('receipt-canonical-sha256', seed_with(lambda d: setp(d, ['receipt', 'canonical_sha256'], flip_char(seed['canonical_sha256']))),
     'receipt.canonical_sha256 changed', 'invalid', ['canonical-hash', 'signature'])


def flip_sig(d):
    sig = bytearray(base64.b64decode(d['receipt']['signature_b64']))
    sig[10] ^= 0x01
    d['receipt']['signature_b64'] = base64.b64encode(bytes(sig)).decode()


case('signature-bit', seed_with(flip_sig), 'one bit of the signature flipped', 'invalid', ['signature'])
case('receipt-fingerprint', seed_with(lambda d: setp(d, ['receipt', 'public_key_fingerprint'], flip_char(seed['receipt']['public_key_fingerprint']))),
     'receipt.public_key_fingerprint changed', 'invalid', ['signature'])
case('receipt-key-id', seed_with(lambda d: setp(d, ['receipt', 'key_id'], 'pith-v2-2027-01')),
     'receipt.key_id names a key not in the keyring: "signer unknown", not invalid (FORMAT.md §4)', 'incomplete', [], {'signature': 'warn'},
     dict(UNBOUND, **{'signed-digest': None}))
case('receipt-algorithm', seed_with(lambda d: setp(d, ['receipt', 'algorithm'], 'rsa-pss')), 'receipt.algorithm unknown: not checkable',
     'incomplete', [], {'signature': 'skip'})

# --- unsigned live data that a hash ties down -----------------------------------------------
case('paper-title', seed_with(lambda d: setp(d, ['paper', 'title'], seed['paper']['title'] + ' (revised)')), 'paper.title changed',
     'invalid', ['title-hash'], bindings=dict(SEED_BINDINGS, title='contradicted'))
case('paper-title-case-space', seed_with(lambda d: setp(d, ['paper', 'title'], '  ' + seed['paper']['title'].upper().replace(' ', '\n  '))),
     'paper.title re-cased and re-spaced: the same canonical title (FORMAT.md §3)', 'verified')
case('graph-title', seed_with(lambda d: setp(d, ['graph_snapshot', 'paper', 'title'], 'Another Title')), 'graph_snapshot.paper.title changed',
     'invalid', ['title-hash'])
case('paper-primary-cat', seed_with(lambda d: setp(d, ['paper', 'primary_cat'], 'cs.LG')), 'paper.primary_cat disagrees with the canonical record',
     'invalid', ['metadata'], bindings=SEED_BINDINGS)
case('top-source-version', seed_with(lambda d: setp(d, ['source', 'version'], 3)), 'top-level source.version disagrees with the canonical record',
     'invalid', ['metadata'])


def set_alias(kind, value):
    def m(d):
        for a in d['aliases']:
            if a['alias_kind'] == kind:
                a['alias_value'] = value
    return m


case('alias-doi', seed_with(set_alias('doi', '10.48550/arxiv.1704.04290')), 'the doi alias changed', 'invalid', ['aliases'])
case('alias-short-12', seed_with(set_alias('pith_short_12', 'UTTGU3KIYM6K')), 'the pith_short_12 alias changed', 'invalid', ['aliases'])

# --- malformed present fields fail schema ----------------------------------------------------
case('schema-version-string', seed_with(lambda d: setp(d, ['source', 'version'], '2')), 'source.version is a string',
     'invalid', ['schema'])
case('schema-title-number', seed_with(lambda d: setp(d, ['paper', 'title'], 42)), 'paper.title is a number',
     'invalid', ['schema'], {'title-hash': 'pass'})
case('schema-bad-signature', seed_with(lambda d: setp(d, ['receipt', 'signature_b64'], 'not base64!')), 'receipt.signature_b64 is not base64',
     'invalid', ['schema'], {'signature': 'skip'})

# --- partial records: missing sections skip ---------------------------------------------------
def drop(*keys):
    def m(d):
        for k in keys:
            del d[k]
    return m


case('partial-no-receipt', seed_with(drop('receipt')), 'no receipt', 'incomplete', [], {'signature': 'skip', 'canonical-hash': 'pass', 'pith-number': 'pass'},
     dict(UNBOUND, **{'signed-digest': None}))
case('partial-no-canonical', seed_with(drop('canonical_record')), 'no canonical record: number and signature checked against the claimed hash',
     'incomplete', [], {'canonical-hash': 'skip', 'pith-number': 'warn', 'signature': 'pass', 'title-hash': 'skip', 'metadata': 'skip'})
case('partial-bare', seed_with(drop('receipt', 'aliases', 'paper', 'graph_snapshot', 'verification_status', 'inbound_citations', 'source')),
     'number, hash and canonical record only', 'incomplete', [],
     {'canonical-hash': 'pass', 'pith-number': 'pass', 'aliases': 'skip', 'title-hash': 'skip', 'metadata': 'skip', 'signature': 'skip'})

# --- other document kinds --------------------------------------------------------------------
case('bare-canonical-record', seed['canonical_record'], 'a bare canonical record: hash and number computed, nothing claimed',
     'incomplete', [], {'canonical-hash': 'skip', 'pith-number': 'skip'})
case('receipt-only', seed['receipt'], 'a receipt alone: the signature is checked over the digest it names',
     'incomplete', [], {'signature': 'pass', 'canonical-hash': 'skip'})
bundle = {
    'bundle_type': 'pith_open_graph_bundle', 'bundle_version': '1.0',
    'pith_number': seed['pith_number'], 'short_pith_number': seed['short_pith_number'],
    'canonical_record': {k: seed['canonical_record'][k] for k in ('source', 'metadata', 'schema_version')},
    'canonical_sha256': seed['canonical_sha256'], 'source': seed['source'], 'source_aliases': seed['aliases'],
    'events': [{'event_type': 'record_created', 'subject_pith_number': seed['pith_number'], 'target': 'record',
                'payload': {'canonical_record': seed['canonical_record'], 'canonical_sha256': seed['canonical_sha256'], 'receipt': seed['receipt']}}],
}
case('bundle-assembled', bundle, 'an open graph bundle assembled from the seed record (FORMAT.md §6 layout)', 'verified',
     bindings={'title': None, 'authors': None, 'abstract': None, 'license': 'hash-bound', 'pith-number': 'hash-bound'})
bad_bundle = copy.deepcopy(bundle)
bad_bundle['events'][0]['payload']['canonical_sha256'] = flip_char(seed['canonical_sha256'])
case('bundle-event-hash', bad_bundle, 'the record_created event names another digest', 'invalid', ['canonical-hash'])
case('bundle-unknown-version', dict(bundle, bundle_version='2.0'), 'bundle_version unknown: fails closed, at most incomplete', 'incomplete', [], {'schema': 'warn'})

# --- vectors (recovered records) ---------------------------------------------------------------
v_title = next(v for v in vectors if v.get('canonical_record') and v.get('title'))
case('vector-title', dict(v_title, title=v_title['title'] + '!'), 'a vector whose title was changed', 'invalid', ['title-hash'])
v_abs = next(v for v in vectors if v.get('abstract') and v.get('canonical_record'))
case('vector-abstract', dict(v_abs, abstract=v_abs['abstract'].replace('the', 'a', 1)), 'a vector whose full abstract was changed',
     'invalid', ['abstract-hash'])
v_sig = next(v for v in vectors if v.get('signature_b64'))
case('vector-signed-hash', dict(v_sig, canonical_sha256=flip_char(v_sig['canonical_sha256'], 0)), 'a signed vector whose hash was changed',
     'invalid', ['pith-number', 'signature'])


# --- the truth issue's routes ------------------------------------------------------------------
# Route 1: a canonical record that is not checkable binds nothing.
case('cr-float', seed_with(lambda d: setp(d, CR + ['source', 'weight'], 1.5)),
     'a float in the canonical record: its hash differs and pith\'s float format is unknown, so not checkable (FORMAT.md §2)',
     'incomplete', [], {'canonical-hash': 'skip', 'title-hash': 'skip', 'metadata': 'skip'}, dict(UNBOUND, **{'signed-digest': 'signed', 'canonical-sha256': 'signed'}))
big = json.dumps(seed).replace('"version": 2}, "metadata"', '"version": 2, "n": 12345678901234567890}, "metadata"', 1)
assert big != json.dumps(seed)
case('cr-bigint', None, 'an integer beyond 2^53 in the canonical record: not checkable (FORMAT.md §2)', 'incomplete', [],
     {'canonical-hash': 'skip', 'title-hash': 'skip'}, dict(UNBOUND, **{'signed-digest': 'signed', 'canonical-sha256': 'signed'}), text=big)
sur = json.dumps(seed).replace('"primary_cat": "stat.ML", "submitted_at"', '"primary_cat": "stat.ML\\ud800", "submitted_at"', 1)
assert sur != json.dumps(seed)
case('cr-lone-surrogate', None, 'a lone surrogate in the canonical record: Python cannot encode it, not checkable', 'invalid', ['metadata'],
     {'canonical-hash': 'skip', 'title-hash': 'skip'}, dict(UNBOUND, **{'signed-digest': 'signed', 'canonical-sha256': 'signed'}), text=sur)
deep = {'x': 1}
for _ in range(950):
    deep = {'x': deep}
case('cr-too-deep', seed_with(lambda d: setp(d, CR + ['source', 'deep'], deep)), 'a canonical record nested 950 levels deep: not checkable',
     'incomplete', [], {'canonical-hash': 'skip', 'title-hash': 'skip'}, dict(UNBOUND, **{'signed-digest': 'signed', 'canonical-sha256': 'signed'}))
# Route 2: text Python cannot UTF-8 encode is not what was hashed.
tsur = json.dumps(seed).replace('"title": "Stochastic Gradient Descent as Approximate Bayesian Inference"', '"title": "Stochastic Gradient Descent as Approximate Bayesian Inference\\udc00"', 1)
assert tsur != json.dumps(seed)
case('paper-title-lone-surrogate', None, 'paper.title holds a lone surrogate: it cannot be the hashed title', 'invalid', ['title-hash'],
     bindings=dict(SEED_BINDINGS, title='contradicted'), text=tsur)
# Route 3: only exactly 600 characters is a cut excerpt.
case('abstract-601', seed_with(lambda d: setp(d, ['paper', 'abstract_excerpt'], seed['paper']['abstract_excerpt'] + 'x')),
     'an abstract excerpt of 601 characters is not a cut excerpt: it is hashed and fails', 'invalid', ['abstract-hash'],
     bindings=dict(SEED_BINDINGS, abstract='contradicted'))
case('abstract-599', seed_with(lambda d: setp(d, ['paper', 'abstract_excerpt'], seed['paper']['abstract_excerpt'][:599])),
     'an abstract excerpt of 599 characters is hashed and fails', 'invalid', ['abstract-hash'], bindings=dict(SEED_BINDINGS, abstract='contradicted'))
# Route 4: kind confusion.
case('bundle-with-paper', dict(bundle, paper=seed['paper']), 'a bundle with a paper section a bundle does not define: extra data, not its paper',
     'verified', bindings={'title': None, 'authors': None, 'abstract': None, 'license': 'hash-bound'})
as_vector = {k: v for k, v in seed.items() if k != 'record_type'}
case('record-as-vector', as_vector, 'a record without record_type reads as a recovered vector: its paper is extra data', 'incomplete', [],
     {'signature': 'skip'}, {'title': None, 'authors': None, 'abstract': None, 'license': 'unbound'})
# Route 5: unknown versions fail closed.
case('receipt-version-unknown', seed_with(lambda d: setp(d, ['receipt', 'receipt_version'], '0.4')), 'receipt_version unknown: fails closed, at most incomplete',
     'incomplete', [], {'schema': 'warn', 'signature': 'pass'}, SEED_BINDINGS)
case('record-schema-version-unknown', seed_with(lambda d: setp(d, ['schema_version'], '2.0')), 'the record\'s schema_version unknown: at most incomplete',
     'incomplete', [], {'schema': 'warn'}, SEED_BINDINGS)
# Snapshots (FORMAT.md §6): an empty section claims the digest of {"payload":[]}.
case('snapshot-empty-wrong', seed_with(lambda d: setp(d, ['graph_snapshot', 'claims', 'snapshot_sha256'], flip_char(seed['graph_snapshot']['claims']['snapshot_sha256']))),
     'an empty graph section claims another digest than SHA-256 of {"payload":[]}', 'invalid', ['snapshots'], bindings=SEED_BINDINGS)


def non_empty(d):
    d['graph_snapshot']['claims']['count'] = 1
    d['graph_snapshot']['claims']['items'] = [{'claim': 'x'}]


case('snapshot-non-empty', seed_with(non_empty), 'a non-empty graph section: its preimage is unknown, so not checkable, and the record is still verified',
     'verified', [], {'snapshots': 'pass'}, SEED_BINDINGS)


def all_sections_non_empty(d):
    for k in ('claims', 'references', 'formal_canon', 'author_claims'):
        sec = d['graph_snapshot'][k]
        sec['count' if 'count' in sec else 'evidence_count'] = 2


case('snapshot-all-non-empty', seed_with(all_sections_non_empty), 'no empty graph section: nothing checkable, still verified (graph data never decides it)',
     'verified', [], {'snapshots': 'skip'}, SEED_BINDINGS)

with open(os.path.join(OUT, 'manifest.json'), 'w') as f:
    json.dump(cases, f, indent=1)
    f.write('\n')
print(f'{len(cases)} tampered fixtures -> {OUT}')
