#!/usr/bin/env python3
"""Writes tests/fixtures/hostile/: a hostile-input corpus made from the REAL records in
tests/fixtures/pith (copied from ../shared/pith), plus manifest.json with what each file must give.

Each class of the truth issue is here: canonical records that are not checkable, text that cannot
be UTF-8 encoded, excerpts that are not cut, kind confusion, unknown versions, several documents
where one is expected; and truncations, byte order marks, UTF-16, binaries, bytes that are not
UTF-8, duplicate keys, __proto__, 100,000-deep nesting, HTML and javascript: in every string field,
swapped signatures and wrong types.

The expectations are written here by hand from FORMAT.md and the binding rule in the README ("How
verification works"), not computed by the app, so the tests that read them can fail:
  - verified only when canonical-hash, pith-number and signature pass, nothing fails, and no
    version is unknown (an unknown version fails closed: at most incomplete);
  - signed / hash-bound / rehash-bound only through an unbroken chain to a digest a trusted key
    signed; contradicted where a check compared the value and it differs; otherwise unbound;
  - bytes that are not UTF-8, JSON that does not parse, duplicate keys, an empty array: unreadable.
Every file is run through the CLI (tests/hostile-corpus.test.ts); those marked "app" (a third,
one or more of each class) also through the app in Chromium (e2e/hostile.spec.ts).

Run: python3 scripts/gen-hostile-corpus.py   (deterministic; output is committed)
"""
import base64
import copy
import gzip
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from fixture_helpers import copy_with, setp  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), '..')
SRC = os.path.join(ROOT, 'tests', 'fixtures', 'pith')
OUT = os.path.join(ROOT, 'tests', 'fixtures', 'hostile')

SEED_TEXT = open(os.path.join(SRC, 'UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'), encoding='utf-8').read()
seed = json.loads(SEED_TEXT)
vectors = json.load(open(os.path.join(SRC, 'vectors.json')))
signed_vector = next(v for v in vectors if v.get('signature_b64'))

# The seed as served: the chain holds. Authors are covered by no hash; the served abstract excerpt
# is exactly 600 characters (FORMAT.md §3), so it is not bound either.
SEED = {'pith-number': 'hash-bound', 'canonical-sha256': 'signed', 'signed-digest': 'signed', 'title': 'rehash-bound', 'authors': 'unbound',
        'abstract': 'unbound', 'submitted-at': 'hash-bound', 'primary-category': 'hash-bound', 'cross-categories': 'hash-bound',
        'license': 'hash-bound', 'source': 'hash-bound'}
# No valid trusted signature: nothing reaches a signed digest.
UNSIGNED = {k: 'unbound' for k in SEED if k != 'signed-digest'}
UNSIGNED['signed-digest'] = None
# Signed, but the canonical record is not the signed one: its values are unbound.
NOT_THROUGH = dict(UNSIGNED, **{'signed-digest': 'signed', 'canonical-sha256': 'signed'})

cases = []


def entry(verdict, fail=(), bindings=None, error=None, status=None):
    e = {'verdict': verdict}
    if error:
        e['error'] = error
    if verdict != 'unreadable':
        e['fail'] = sorted(fail)
    if bindings:
        e['bindings'] = bindings
    if status:
        e['status'] = status
    return e


def write(name, data, description, cls, entries, exit_code, app=False):
    path = os.path.join(OUT, name)
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))
    cases.append({'file': name, 'description': description, 'class': cls, 'entries': entries, 'exit': exit_code, 'app': app})


def doc(name, d, description, cls, e, app=False):
    exit_code = 1 if e['verdict'] == 'invalid' else 2 if e['verdict'] == 'unreadable' else 0
    write(name, json.dumps(d, ensure_ascii=False), description, cls, [e], exit_code, app)


def seed_with(mutate):
    return copy_with(seed, mutate)


def both_papers(d, key, value):
    d['paper'][key] = value
    d['graph_snapshot']['paper'][key] = value


os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    os.remove(os.path.join(OUT, f))

CR = ['canonical_record']
MD = CR + ['metadata']

# --- the seed itself, as a control ---------------------------------------------------------------
doc('control-seed.json', seed, 'the seed as served', 'control', entry('verified', bindings=SEED), app=True)

# --- route 1: a canonical record that is not checkable binds nothing --------------------------------
doc('cr-float.json', seed_with(lambda d: setp(d, CR + ['source', 'weight'], 0.5)), 'a float in the canonical record', 'canonical-not-checkable',
    entry('incomplete', bindings=NOT_THROUGH, status={'canonical-hash': 'skip', 'title-hash': 'skip'}), app=True)
big_int = SEED_TEXT.replace('"version":2},"metadata"', '"version":2,"n":9007199254740993},"metadata"', 1)
assert big_int != SEED_TEXT
write('cr-bigint.json', big_int, 'an integer beyond 2^53 in the canonical record', 'canonical-not-checkable',
      [entry('incomplete', bindings=NOT_THROUGH, status={'canonical-hash': 'skip'})], 0)
sur = SEED_TEXT.replace('"license":"http://arxiv.org/licenses/nonexclusive-distrib/1.0/","primary_cat":"stat.ML","submitted_at"',
                        '"license":"http://arxiv.org/licenses/nonexclusive-distrib/1.0/\\udfff","primary_cat":"stat.ML","submitted_at"', 1)
assert sur != SEED_TEXT
# paper.license now disagrees with the canonical one: metadata fails (the document contradicts itself).
write('cr-lone-surrogate.json', sur, 'a lone surrogate in the canonical record', 'canonical-not-checkable',
      [entry('invalid', ['metadata'], dict(NOT_THROUGH), status={'canonical-hash': 'skip'})], 1)
deep = 'x'
for _ in range(950):
    deep = {'d': deep}
doc('cr-too-deep.json', seed_with(lambda d: setp(d, CR + ['source', 'deep'], deep)), 'a canonical record nested 950 levels deep (Python\'s own limit is near)', 'canonical-not-checkable',
    entry('incomplete', bindings=NOT_THROUGH, status={'canonical-hash': 'skip'}))
doc('cr-tampered-title-hash-matches.json', seed_with(lambda d: setp(d, MD + ['license'], '')),
    'the canonical license emptied: the hash breaks, and the title that still matches its hash is bound to nothing', 'canonical-not-checkable',
    entry('invalid', ['canonical-hash', 'metadata'], dict(NOT_THROUGH, **{'canonical-sha256': 'contradicted'}), status={'title-hash': 'skip'}), app=True)

# --- route 2: text Python cannot encode -----------------------------------------------------------
t_sur = SEED_TEXT.replace('"title":"Stochastic Gradient Descent', '"title":"\\ud83dStochastic Gradient Descent', 1)
write('title-lone-surrogate.json', t_sur, 'paper.title starts with a lone surrogate', 'text-not-encodable',
      [entry('invalid', ['title-hash'], dict(SEED, title='contradicted'))], 1, app=True)
a_sur = SEED_TEXT.replace('"abstract_excerpt":"Stochastic Gradient Descent with', '"abstract_excerpt":"\\udc00Stochastic Gradient Descent with', 1)
write('abstract-lone-surrogate.json', a_sur, 'paper.abstract_excerpt starts with a lone surrogate (601 code units, not a cut excerpt)', 'text-not-encodable',
      [entry('invalid', ['abstract-hash'], dict(SEED, abstract='contradicted'))], 1)

# --- route 3: only exactly 600 characters is "probably cut" ----------------------------------------
ex = seed['paper']['abstract_excerpt']
assert len(ex) == 600
doc('abstract-601.json', seed_with(lambda d: both_papers(d, 'abstract_excerpt', ex + 'r')), 'a 601-character excerpt is hashed and fails', 'excerpt',
    entry('invalid', ['abstract-hash'], dict(SEED, abstract='contradicted')), app=True)
doc('abstract-1200.json', seed_with(lambda d: both_papers(d, 'abstract_excerpt', ex + ex)), 'a 1,200-character "excerpt" is hashed and fails', 'excerpt',
    entry('invalid', ['abstract-hash'], dict(SEED, abstract='contradicted')))
doc('abstract-600-changed.json', seed_with(lambda d: both_papers(d, 'abstract_excerpt', 'X' + ex[1:])), 'a changed excerpt of exactly 600 characters: still cut, not checkable',
    'excerpt', entry('verified', bindings=SEED, status={'abstract-hash': 'skip'}))
doc('abstract-short-changed.json', seed_with(lambda d: both_papers(d, 'abstract_excerpt', ex[:100])), 'a 100-character excerpt is hashed and fails', 'excerpt',
    entry('invalid', ['abstract-hash'], dict(SEED, abstract='contradicted')))

# --- route 4: kind confusion ------------------------------------------------------------------------
bundle = {
    'bundle_type': 'pith_open_graph_bundle', 'bundle_version': '1.0', 'pith_number': seed['pith_number'], 'short_pith_number': seed['short_pith_number'],
    'canonical_record': seed['canonical_record'], 'canonical_sha256': seed['canonical_sha256'], 'source': seed['source'], 'source_aliases': seed['aliases'],
    'events': [{'event_type': 'record_created', 'subject_pith_number': seed['pith_number'], 'target': 'record',
                'payload': {'canonical_record': seed['canonical_record'], 'canonical_sha256': seed['canonical_sha256'], 'receipt': seed['receipt']}}],
}
NO_PAPER = {'title': None, 'authors': None, 'abstract': None}
doc('kind-bundle-with-paper.json', dict(bundle, paper=dict(seed['paper'], title='A Forged Title')), 'a bundle carrying a paper section (bundles define none)', 'kind-confusion',
    entry('verified', bindings=dict(NO_PAPER, license='hash-bound')), app=True)
doc('kind-record-as-vector.json', {k: v for k, v in seed.items() if k != 'record_type'}, 'a record without record_type reads as a vector; its paper is extra data', 'kind-confusion',
    entry('incomplete', bindings=dict(NO_PAPER, license='unbound')))
doc('kind-canonical-with-paper.json', dict(seed['canonical_record'], paper=seed['paper']), 'a bare canonical record with a paper section', 'kind-confusion',
    entry('incomplete', bindings=dict(NO_PAPER, license='unbound')))
state = {'state_type': 'pith_open_graph_state', 'merge_version': 'pith-open-graph-merge-v1', 'pith_number': seed['pith_number'], 'canonical_sha256': seed['canonical_sha256'],
         'current': {'canonical_record': seed['canonical_record'], 'source_aliases': seed['aliases'], 'graph_snapshots': []}, 'paper': seed['paper']}
doc('kind-state-with-paper.json', state, 'a merged state with a paper section: no receipt, and the paper is extra data', 'kind-confusion',
    entry('incomplete', bindings=dict(NO_PAPER, license='unbound')))

forged_event = copy.deepcopy(bundle)
forged_event['events'][0]['payload']['canonical_record'] = dict(seed['canonical_record'], source=dict(seed['canonical_record']['source'], id='2401.00001'))
doc('kind-bundle-event-record-forged.json', forged_event, "a bundle whose record_created event carries another canonical record than the bundle's", 'kind-confusion',
    entry('invalid', ['canonical-hash'], {'license': 'unbound'}), app=True)
doc('kind-two-markers.json', dict(seed, bundle_type='pith_open_graph_bundle'), 'a record that also says it is a bundle: one kind only, so unreadable', 'kind-confusion',
    entry('unreadable', error='unknown-document'))

# --- route 5: unknown versions fail closed ----------------------------------------------------------
doc('version-receipt.json', seed_with(lambda d: setp(d, ['receipt', 'receipt_version'], '9.9')), 'an unknown receipt_version', 'unknown-version',
    entry('incomplete', bindings=SEED, status={'schema': 'warn'}), app=True)
doc('version-record.json', seed_with(lambda d: setp(d, ['schema_version'], '2.0')), 'an unknown top-level schema_version', 'unknown-version',
    entry('incomplete', bindings=SEED, status={'schema': 'warn'}))
doc('version-schema-url.json', seed_with(lambda d: setp(d, ['schema_url'], 'https://pith.science/schemas/pith-number/v2.json')), 'a record naming another schema (schema_url v2)',
    'unknown-version', entry('incomplete', bindings=SEED, status={'schema': 'warn'}))
doc('version-signature-status.json', seed_with(lambda d: setp(d, ['receipt', 'signature_status'], 'signed_v2')), 'a receipt naming another signing scheme (signed_v2)',
    'unknown-version', entry('incomplete', bindings=SEED, status={'schema': 'warn'}))
doc('version-bundle.json', dict(bundle, bundle_version='7'), 'an unknown bundle_version', 'unknown-version',
    entry('incomplete', status={'schema': 'warn'}))
doc('version-canonical.json', seed_with(lambda d: setp(d, CR + ['schema_version'], '1.1')),
    'an unknown canonical schema_version: hashed (and so not the signed one), not interpreted', 'unknown-version',
    entry('invalid', ['canonical-hash'], {'title': 'unbound', 'license': 'unbound', 'canonical-sha256': 'contradicted'}, status={'schema': 'warn'}))

# --- route 6-like: several documents where one is judged ---------------------------------------------
write('many-array.json', json.dumps([seed, seed_with(lambda d: setp(d, ['paper', 'title'], 'Forged'))]), 'an array: each document judged on its own', 'several-documents',
      [entry('verified', bindings=SEED), entry('invalid', ['title-hash'], dict(SEED, title='contradicted'))], 1, app=True)
write('many-jsonl.jsonl', '\n'.join(json.dumps(x) for x in [seed, seed['receipt'], {'hello': 'world'}]) + '\n', 'JSON Lines: a record, a receipt, an unknown object',
      'several-documents', [entry('verified'), entry('incomplete'), entry('unreadable', error='unknown-document')], 0)
write('empty-array.json', '[]', 'an empty array', 'several-documents', [entry('unreadable', error='no-records')], 2, app=True)
write('array-of-nothing.json', '[null, 1, "x"]', 'an array of values that are no documents', 'several-documents',
      [entry('unreadable', error='unknown-document')] * 3, 2)

# --- truncations --------------------------------------------------------------------------------------
for frac in (10, 50, 99):
    cut = SEED_TEXT[: len(SEED_TEXT) * frac // 100]
    write(f'truncated-{frac}.json', cut, f'the minified seed cut at {frac}%', 'truncation', [entry('unreadable', error='json-syntax')], 2, app=(frac == 50))
pretty = json.dumps(seed, indent=2, ensure_ascii=False)
write('truncated-pretty.json', pretty[: len(pretty) // 2], 'the pretty-printed seed cut in half: one unreadable entry, not a line per row', 'truncation',
      [entry('unreadable', error='json-syntax')], 2, app=True)
write('truncated-jsonl.jsonl', json.dumps(seed) + '\n' + json.dumps(seed)[:2000] + '\n', 'JSON Lines whose last line is cut', 'truncation',
      [entry('verified'), entry('unreadable', error='json-syntax')], 2)

# --- encodings: BOM, UTF-16, bytes that are not UTF-8 ---------------------------------------------
write('bom-utf8.json', b'\xef\xbb\xbf' + SEED_TEXT.encode('utf-8'), 'a UTF-8 byte order mark (RFC 8259 §8.1 allows ignoring it)', 'encoding',
      [entry('verified', bindings=SEED)], 0, app=True)
write('utf16le-bom.json', b'\xff\xfe' + SEED_TEXT.encode('utf-16-le'), 'UTF-16LE with a BOM', 'encoding', [entry('unreadable', error='not-utf8')], 2, app=True)
write('utf16be-bom.json', b'\xfe\xff' + SEED_TEXT.encode('utf-16-be'), 'UTF-16BE with a BOM', 'encoding', [entry('unreadable', error='not-utf8')], 2)
write('utf16le-nobom.json', SEED_TEXT.encode('utf-16-le'), 'UTF-16LE without a BOM', 'encoding', [entry('unreadable', error='not-utf8')], 2)
latin1 = SEED_TEXT.replace('Stochastic Gradient Descent as', 'Stochastic Gradient D\u00e9scent as', 1).encode('latin-1')
write('latin1.json', latin1, 'Latin-1 bytes (an é as 0xE9)', 'encoding', [entry('unreadable', error='not-utf8')], 2, app=True)
write('overlong.json', SEED_TEXT.encode('utf-8').replace(b'"record_type"', b'"record\xc0\xafype"', 1), 'an overlong UTF-8 sequence (C0 AF)', 'encoding',
      [entry('unreadable', error='not-utf8')], 2)
write('cesu-surrogate.json', SEED_TEXT.encode('utf-8').replace(b'"headline":""', b'"headline":"\xed\xa0\x80"', 1), 'a surrogate encoded as UTF-8 (ED A0 80)', 'encoding',
      [entry('unreadable', error='not-utf8')], 2)
write('replacement-chars.json', SEED_TEXT.replace('"headline":""', '"headline":"\ufffd\ufffd\ufffd\ufffd"', 1), 'four literal U+FFFD in an unsigned field: valid UTF-8, verified', 'encoding',
      [entry('verified', bindings=SEED)], 0, app=True)

# --- binaries -----------------------------------------------------------------------------------------
write('binary-png.json', b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + bytes(range(256)), 'a PNG named .json', 'binary', [entry('unreadable', error='not-json')], 2, app=True)
write('binary-gzip.json', gzip.compress(SEED_TEXT.encode('utf-8'), mtime=0), 'the seed gzipped, named .json', 'binary', [entry('unreadable')], 2)
write('binary-zip.json', b'PK\x03\x04' + bytes(200), 'a zip header named .json', 'binary', [entry('unreadable', error='not-json')], 2)
write('binary-nul-inside.json', SEED_TEXT.encode('utf-8').replace(b'"headline":""', b'"headline":"\x00"', 1), 'a raw NUL inside a string', 'binary',
      [entry('unreadable', error='not-json')], 2)
write('empty-file.json', b'', 'an empty file', 'binary', [entry('unreadable', error='json-syntax')], 2)
write('whitespace-only.json', '  \n\t \n', 'only whitespace', 'binary', [entry('unreadable', error='json-syntax')], 2)

# --- duplicate keys: a second value hidden by a duplicate key must never be shown ----------------------
dup_title = SEED_TEXT.replace('"paper":{"title":"Stochastic Gradient Descent as Approximate Bayesian Inference",',
                              '"paper":{"title":"Stochastic Gradient Descent as Approximate Bayesian Inference","title":"A Hidden Forged Title",', 1)
assert dup_title != SEED_TEXT
write('dup-title.json', dup_title, 'paper.title given twice (Python would keep the second)', 'duplicate-keys', [entry('unreadable', error='json-syntax')], 2, app=True)
write('dup-number.json', SEED_TEXT.replace('"pith_number":', '"pith_number":"pith:2016:AAAAAAAAAAAAAAAAAAAAAAAAAA","pith_number":', 1), 'pith_number given twice',
      'duplicate-keys', [entry('unreadable', error='json-syntax')], 2)
write('dup-canonical.json', SEED_TEXT.replace('"metadata":{"license":', '"metadata":{"primary_cat":"cs.CR","license":', 1), 'a key given twice inside the canonical record',
      'duplicate-keys', [entry('unreadable', error='json-syntax')], 2)

# --- __proto__ --------------------------------------------------------------------------------------
write('proto-top.json', SEED_TEXT.replace('{"record_type"', '{"__proto__":{"polluted":true,"record_type":"x"},"record_type"', 1),
      '__proto__ at the top level: plain data, no prototype pollution', 'proto', [entry('verified', bindings=SEED)], 0, app=True)
write('proto-paper.json', SEED_TEXT.replace('"paper":{"title"', '"paper":{"__proto__":{"title":"Polluted"},"title"', 1), '__proto__ inside paper', 'proto',
      [entry('verified', bindings=SEED)], 0)
write('proto-canonical.json', SEED_TEXT.replace('"canonical_record":{"source"', '"canonical_record":{"__proto__":{},"source"', 1),
      '__proto__ inside the canonical record: a real key, so the hash no longer matches', 'proto',
      [entry('invalid', ['canonical-hash'], dict(NOT_THROUGH, **{'canonical-sha256': 'contradicted'}))], 1)
write('proto-constructor.json', SEED_TEXT.replace('"verification_status":{', '"verification_status":{"constructor":true,"toString":1,', 1), 'constructor and toString as claim keys',
      'proto', [entry('verified', bindings=SEED)], 0)

# --- deep nesting -------------------------------------------------------------------------------------
write('nest-100000-array.json', '[' * 100_000 + ']' * 100_000, '100,000 nested arrays', 'nesting', [entry('unreadable', error='json-syntax')], 2, app=True)
write('nest-100000-object.json', '{"a":' * 100_000 + '1' + '}' * 100_000, '100,000 nested objects', 'nesting', [entry('unreadable', error='json-syntax')], 2)
write('nest-in-paper.json', SEED_TEXT.replace('"headline":""', '"headline":' + '[' * 5000 + ']' * 5000, 1),
      'paper.headline nested 5,000 deep: past what Python\'s json.loads reads, so unreadable', 'nesting', [entry('unreadable', error='json-syntax')], 2)
write('nest-in-paper-500.json', SEED_TEXT.replace('"headline":""', '"headline":' + '[' * 500 + ']' * 500, 1),
      'paper.headline nested 500 deep: readable, but not a string (schema)', 'nesting', [entry('invalid', ['schema'])], 1)

# --- HTML and javascript: in every string field ------------------------------------------------------
XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'
JS = 'javascript:window.__pwned=1'


def every_string(d, value):
    # record_type stays: without it the document is no record at all (that is another case).
    if isinstance(d, dict):
        return {k: (v if k == 'record_type' else every_string(v, value)) for k, v in d.items()}
    if isinstance(d, list):
        return [every_string(v, value) for v in d]
    return value if isinstance(d, str) else d


# Every string of the whole record: nothing is well-formed any more, so schema fails.
doc('xss-everywhere.json', every_string(seed, XSS), 'every string of the record is an HTML payload', 'html-js', entry('invalid', ['schema']), app=True)
doc('js-everywhere.json', every_string(seed, JS), 'every string of the record is a javascript: URL', 'html-js', entry('invalid', ['schema']))


def unsigned_strings(d):
    p = d['paper']
    p['title'] = XSS
    p['authors_text'] = XSS
    p['headline'] = XSS
    p['abstract_excerpt'] = JS
    p['license'] = JS
    d['inbound_citations']['sample'][0]['citing_title'] = XSS
    d['inbound_citations']['sample'][1]['citing_arxiv_id'] = JS
    d['links']['html'] = JS
    d['verification_status'][XSS] = 1
    d['receipt']['signature_status'] = XSS
    d['receipt']['builder_version'] = JS
    d['aliases'].append({'alias_kind': XSS, 'alias_value': JS})


doc('xss-unsigned-fields.json', seed_with(unsigned_strings), 'HTML and javascript: in every unsigned string the page shows', 'html-js',
    entry('invalid', ['abstract-hash', 'metadata', 'title-hash'], dict(SEED, title='contradicted', abstract='contradicted')), app=True)


def js_sources(d):
    d['source']['id'] = JS
    d['graph_snapshot']['source']['id'] = JS
    d['pith_explorer_provenance'] = {'built': True, 'note': XSS, 'source_url': JS, 'missing': [XSS]}


doc('bibtex-breakout-authors.json', seed_with(lambda d: both_papers(d, 'authors_text', 'Mallory}}{@misc{x, title = {A Forged Title}}{')),
    'authors that try to close the BibTeX field and start an entry: verified (authors are unbound), the citation stays one entry', 'html-js',
    entry('verified', bindings=SEED), app=True)
doc('js-source-and-provenance.json', seed_with(js_sources), 'javascript: as arXiv id copies and a provenance link', 'html-js',
    entry('invalid', ['metadata'], SEED))

# --- swapped signatures -------------------------------------------------------------------------------
doc('sig-swapped.json', seed_with(lambda d: setp(d, ['receipt', 'signature_b64'], signed_vector['signature_b64'])),
    "another record's real signature (same key) on the seed", 'swapped-signature', entry('invalid', ['signature'], UNSIGNED), app=True)


def swap_digest(d):
    d['receipt']['canonical_sha256'] = signed_vector['canonical_sha256']
    d['receipt']['signature_b64'] = signed_vector['signature_b64']


# The receipt is another record's, valid for that record's digest: the signature passes over a
# digest the canonical record does not hash to, so canonical-hash fails and nothing is bound.
doc('sig-other-receipt.json', seed_with(swap_digest), "another record's whole valid receipt pasted into the seed", 'swapped-signature',
    entry('invalid', ['canonical-hash'], {'title': 'unbound', 'license': 'unbound', 'pith-number': 'unbound', 'signed-digest': 'signed'}), app=True)
doc('vector-sig-on-other.json', dict(signed_vector, canonical_sha256=seed['canonical_sha256'], pith_number=seed['pith_number']),
    "a vector carrying the seed's number and digest with another record's signature", 'swapped-signature', entry('invalid', ['signature']))

# --- wrong types --------------------------------------------------------------------------------------
for name, path, value, extra in [
    ('type-pith-number-int', ['pith_number'], 2017, []),
    ('type-digest-array', ['canonical_sha256'], [seed['canonical_sha256']], []),
    ('type-receipt-list', ['receipt'], [seed['receipt']], []),
    ('type-aliases-object', ['aliases'], {'arxiv': '1704.04289'}, []),
    ('type-paper-string', ['paper'], 'Stochastic Gradient Descent', []),
    ('type-citations-list', ['inbound_citations'], [1, 2, 3], []),
    ('type-status-string', ['verification_status'], 'all good', []),
    ('type-version-string', ['source', 'version'], '2', []),
    ('type-title-object', ['paper', 'title'], {'text': 'x'}, []),
    ('type-cross-cats-string', ['paper', 'cross_cats'], 'cs.LG', []),
]:
    doc(f'{name}.json', seed_with(lambda d, p=path, v=value: setp(d, p, v)), f'{".".join(map(str, path))} has the wrong type', 'wrong-type',
        entry('invalid', ['schema'] + extra), app=name in ('type-pith-number-int', 'type-receipt-list', 'type-paper-string', 'type-status-string'))
doc('type-canonical-string.json', seed_with(lambda d: setp(d, CR, 'not a record')), 'canonical_record is a string: hashed as given, so not the signed one', 'wrong-type',
    entry('invalid', ['canonical-hash', 'schema']))
doc('type-signature-number.json', seed_with(lambda d: setp(d, ['receipt', 'signature_b64'], 12345)), 'receipt.signature_b64 is a number', 'wrong-type',
    entry('invalid', ['schema'], UNSIGNED))

# --- receipts -----------------------------------------------------------------------------------------
doc('receipt-unknown-key.json', seed_with(lambda d: setp(d, ['receipt', 'key_id'], 'someone-else')), 'signed by a key not in the keyring: signer unknown',
    'receipt', entry('incomplete', bindings=UNSIGNED, status={'signature': 'warn'}), app=True)
doc('receipt-algorithm.json', seed_with(lambda d: setp(d, ['receipt', 'algorithm'], 'rsa')), 'an unknown signature algorithm', 'receipt',
    entry('incomplete', bindings=UNSIGNED, status={'signature': 'skip'}))
doc('receipt-signed-message.json', seed_with(lambda d: setp(d, ['receipt', 'signed_message'], 'canonical_sha256_hex')), 'an unknown signed_message', 'receipt',
    entry('incomplete', bindings=UNSIGNED, status={'signature': 'skip'}))
doc('receipt-fingerprint.json', seed_with(lambda d: setp(d, ['receipt', 'public_key_fingerprint'], '0' * 32)), 'a fingerprint that is not the keyring key\'s', 'receipt',
    entry('invalid', ['signature'], dict(UNSIGNED, **{'signed-digest': None})))

# --- snapshots ----------------------------------------------------------------------------------------
doc('snapshot-empty-forged.json', seed_with(lambda d: setp(d, ['graph_snapshot', 'references', 'snapshot_sha256'], '0' * 64)),
    'an empty graph section claiming another digest', 'snapshot', entry('invalid', ['snapshots'], SEED), app=True)
doc('snapshot-malformed.json', seed_with(lambda d: setp(d, ['graph_snapshot', 'claims', 'snapshot_sha256'], 'zz')), 'a snapshot_sha256 that is no digest', 'snapshot',
    entry('invalid', ['schema'], SEED))
doc('snapshot-count-lies.json', seed_with(lambda d: setp(d, ['graph_snapshot', 'claims', 'items'], [{'x': 1}])), 'a section with count 0 that lists an item: not checkable',
    'snapshot', entry('verified', bindings=SEED))

# --- other shapes -------------------------------------------------------------------------------------
# Pith data with nothing to verify (FORMAT.md §6: a manifest lists mirrors, a snapshot is unsigned live
# data): read and named, verdict "not-a-record", and nothing verifiable in the input, so exit 2.
write('not-a-record-manifest.json', open(os.path.join(SRC, 'pith-mirrors.json'), 'rb').read(), 'the mirror manifest', 'not-a-record',
      [entry('not-a-record', error='not-a-record')], 2)
write('not-a-record-graph.json', open(os.path.join(SRC, '5A3HLEK2XQKADNVEISHU2OVNDY.graph.json'), 'rb').read(), 'a graph snapshot', 'not-a-record',
      [entry('not-a-record', error='not-a-record')], 2, app=True)
for name, text in [('scalar-null', 'null'), ('scalar-string', '"pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74"'), ('scalar-number', '42'), ('empty-object', '{}')]:
    write(f'{name}.json', text, f'{name.replace("-", " ")}', 'not-a-record', [entry('unreadable', error='unknown-document')], 2)

with open(os.path.join(OUT, 'manifest.json'), 'w') as f:
    json.dump(cases, f, indent=1, ensure_ascii=False)
    f.write('\n')
app = sum(1 for c in cases if c['app'])
print(f'{len(cases)} hostile files ({app} also through the app) -> {OUT}')
