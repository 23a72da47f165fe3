#!/usr/bin/env python3
"""Writes tests/fixtures/graph/: an open graph bundle and a merged state for the REAL seed record
(tests/fixtures/pith, copied from ../shared/pith), assembled by the layout of FORMAT.md §6, then
copies with exactly one change each, and manifest.json saying what the graph view must conclude.
The expectations are written here by hand from FORMAT.md §6, not computed by the app.

No real bundle or state has been seen, so these are ASSEMBLED, not served by pith.science:
- the record_created event carries the seed's own canonical record, digest and receipt (§6);
- the graph event carries the seed's real graph snapshot (5A3HLEK2XQKADNVEISHU2OVNDY.graph.json
  is another record's; its sections are all empty, as the seed's own graph_snapshot's are);
- `event_type` "graph_snapshot", `target` "graph", `signer_id` and `signer_type` values, and every
  `event_id` are placeholders of ours: §6 names the fields, not these values, and the event_id
  preimage is NOT known (an event_id here is SHA-256 of the compact, key-sorted event without it,
  which the app must never claim to check).

Run: python3 scripts/gen-graph-fixtures.py   (deterministic; output is committed)
"""
import copy
import hashlib
import json
import os

ROOT = os.path.join(os.path.dirname(__file__), '..')
SRC = os.path.join(ROOT, 'tests', 'fixtures', 'pith')
OUT = os.path.join(ROOT, 'tests', 'fixtures', 'graph')

seed = json.load(open(os.path.join(SRC, 'UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')))
vectors = json.load(open(os.path.join(SRC, 'vectors.json')))
SIGNER = {'key_id': seed['receipt']['key_id'], 'public_key_fingerprint': seed['receipt']['public_key_fingerprint'],
          'signer_id': 'placeholder-signer', 'signer_type': 'placeholder'}


def with_event_id(event):
    body = json.dumps(event, sort_keys=True, separators=(',', ':'), ensure_ascii=False).encode('utf-8')
    return dict(event, event_id='sha256:' + hashlib.sha256(body).hexdigest())


def bundle_of(record):
    created = with_event_id({'event_type': 'record_created', 'subject_pith_number': record['pith_number'], 'target': 'record',
                             'created_at': record['receipt']['first_computed_at'], 'signer': SIGNER,
                             'payload': {'canonical_record': record['canonical_record'], 'canonical_sha256': record['canonical_sha256'],
                                         'receipt': record['receipt']}})
    graph = with_event_id({'event_type': 'graph_snapshot', 'subject_pith_number': record['pith_number'], 'target': 'graph',
                           'created_at': record['updated_at'], 'signer': SIGNER, 'payload': {'graph_snapshot': record['graph_snapshot']}})
    return {'bundle_type': 'pith_open_graph_bundle', 'bundle_version': '1.0', 'pith_number': record['pith_number'],
            'short_pith_number': record['short_pith_number'], 'canonical_record': record['canonical_record'],
            'canonical_sha256': record['canonical_sha256'], 'source': record['source'], 'source_aliases': record['aliases'],
            'events': [created, graph]}


def state_of(record, bundle):
    graph = bundle['events'][1]
    return {'state_type': 'pith_open_graph_state', 'merge_version': 'pith-open-graph-merge-v1', 'pith_number': record['pith_number'],
            'canonical_sha256': record['canonical_sha256'], 'event_count': 2, 'valid_event_count': 2, 'invalid_event_count': 0,
            'equivocation_count': 0,
            'current': {'canonical_record': record['canonical_record'], 'source_aliases': record['aliases'],
                        'graph_snapshots': [{k: graph[k] for k in ('event_id', 'target', 'created_at', 'signer', 'payload')}]}}


def flip(s, i=-1):
    c = s[i]
    alphabet = '0123456789abcdef' if c in '0123456789abcdef' else 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567+/'
    i = i % len(s)
    return s[:i] + alphabet[(alphabet.index(c) + 1) % len(alphabet)] + s[i + 1:]


os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    if f.endswith('.json'):
        os.remove(os.path.join(OUT, f))
cases = []
BUNDLE = bundle_of(seed)
STATE = state_of(seed, BUNDLE)
# event-signers is never a pass: naming a keyring key is not a signature (FORMAT.md §6: how events are signed is not known).
ALL_PASS = {'bundle-record': 'pass', 'bundle-receipt': 'pass', 'event-subjects': 'pass', 'event-signers': 'skip', 'state-record': 'pass'}


def case(name, description, bundle=None, state=None, agreement=None, bundle_verdict=None, state_verdict=None, bundle_fail=()):
    """agreement: graph check id -> status, by FORMAT.md §6 (what the bundle and state must share with the record)."""
    files = {}
    for kind, doc in (('bundle', bundle), ('state', state)):
        if doc is not None:
            files[kind] = f'{name}.{kind}.json'
            with open(os.path.join(OUT, files[kind]), 'w', encoding='utf-8') as f:
                json.dump(doc, f, ensure_ascii=False, indent=1)
    cases.append({'name': name, 'description': description, 'files': files, 'agreement': agreement,
                  'bundle_verdict': bundle_verdict, 'state_verdict': state_verdict, 'bundle_fail': sorted(bundle_fail)})


# The state holds a canonical record and its digest but no receipt: nothing in it is signed (§6), so at best incomplete.
case('faithful', 'the seed\'s bundle and state, as §6 lays them out', BUNDLE, STATE, ALL_PASS, 'verified', 'incomplete')

other = next(v for v in vectors if v.get('canonical_record') and v['pith_number'] != seed['pith_number'])
other_suffix = other['pith_number'].split(':')[-1]
other_record = dict(copy.deepcopy(seed), pith_number=other['pith_number'], short_pith_number='pith:' + other_suffix[:8],
                    canonical_record=other['canonical_record'], canonical_sha256=other['canonical_sha256'])
other_bundle = bundle_of(other_record)
other_bundle['source'] = other['canonical_record']['source']
del other_bundle['source_aliases']  # the other record's aliases are not known here: none are invented
for e in other_bundle['events']:
    e['payload'].pop('receipt', None)  # the other record's receipt is not known: none is invented
case('other-record', 'a mirror serves another record\'s bundle under the seed\'s suffix', other_bundle, None,
     {'bundle-record': 'fail', 'bundle-receipt': 'skip', 'event-subjects': 'fail', 'event-signers': 'skip', 'state-record': 'skip'},
     'incomplete')

b = copy.deepcopy(BUNDLE)
b['events'][1]['subject_pith_number'] = other['pith_number']
case('subject-forged', 'the graph event names another record as its subject', b, None,
     dict(ALL_PASS, **{'event-subjects': 'fail', 'state-record': 'skip'}), 'verified')

b = copy.deepcopy(BUNDLE)
b['events'][0]['signer'] = dict(SIGNER, public_key_fingerprint=flip(SIGNER['public_key_fingerprint']))
case('signer-rekeyed', 'an event names the keyring\'s key id with another key\'s fingerprint', b, None,
     dict(ALL_PASS, **{'event-signers': 'fail', 'state-record': 'skip'}), 'verified')

b = copy.deepcopy(BUNDLE)
b['events'][1]['signer'] = dict(SIGNER, key_id='someone-else-2026-01', public_key_fingerprint='00' * 16)
case('signer-unknown', 'an event is signed by a key id the keyring does not hold', b, None,
     dict(ALL_PASS, **{'event-signers': 'warn', 'state-record': 'skip'}), 'verified')

b = copy.deepcopy(BUNDLE)
b['events'][0]['payload']['receipt']['signature_b64'] = flip(seed['receipt']['signature_b64'], 5)
case('receipt-swapped', 'the record_created event carries another signature than the record document', b, None,
     dict(ALL_PASS, **{'bundle-receipt': 'fail', 'state-record': 'skip'}), 'invalid', bundle_fail=['signature'])

b = copy.deepcopy(BUNDLE)
b['events'][1]['payload']['graph_snapshot']['claims']['snapshot_sha256'] = flip(BUNDLE['events'][1]['payload']['graph_snapshot']['claims']['snapshot_sha256'])
case('snapshot-forged', 'the graph event\'s empty claims section names another digest than {"payload":[]}\'s', b, None,
     dict(ALL_PASS, **{'state-record': 'skip'}), 'invalid', bundle_fail=['snapshots'])

s = copy.deepcopy(STATE)
s['current']['canonical_record']['metadata']['license'] = 'http://creativecommons.org/licenses/by/4.0/'
case('state-tampered', 'the state\'s canonical record names another licence; its claimed digest was not changed', BUNDLE, s,
     dict(ALL_PASS, **{'state-record': 'fail'}), 'verified', 'invalid')

case('state-unknown-merge', 'a merge_version this app does not know: the state fails closed', BUNDLE, dict(STATE, merge_version='pith-open-graph-merge-v2'),
     ALL_PASS, 'verified', 'incomplete')

case('state-only', 'a mirror with the merged state and no bundle', None, STATE,
     {'bundle-record': 'skip', 'bundle-receipt': 'skip', 'event-subjects': 'skip', 'event-signers': 'skip', 'state-record': 'pass'},
     None, 'incomplete')

# The embedded sample mirror's copies (scripts/build-mirror.ts files them): the faithful pair,
# marked as assembled here, as built records are.
EMBED = os.path.join(OUT, 'embedded')
os.makedirs(EMBED, exist_ok=True)
PROVENANCE = {'built': True, 'from': 'scripts/gen-graph-fixtures.py, from the seed record (as served)',
              'note': 'Assembled by pith-explorer from the seed record by the layout of FORMAT.md §6, not served by pith.science '
                      '(no real bundle or merged state has been seen). The record_created event carries the seed\'s real canonical '
                      'record and receipt; the event ids, the graph event\'s type and target, the signer ids and the counts are placeholders.',
              'missing': []}
suffix = seed['pith_number'].split(':')[-1]
for kind, doc in (('bundle', BUNDLE), ('state', STATE)):
    with open(os.path.join(EMBED, f'{suffix}.{kind}.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(doc, pith_explorer_provenance=PROVENANCE), f, ensure_ascii=False, indent=1)

with open(os.path.join(OUT, 'manifest.json'), 'w', encoding='utf-8') as f:
    json.dump({'about': __doc__.strip().splitlines()[0], 'record': 'pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json', 'cases': cases}, f, indent=1)
print(f'{len(cases)} cases in {os.path.relpath(OUT, ROOT)}')
