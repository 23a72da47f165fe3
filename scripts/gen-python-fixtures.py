#!/usr/bin/env python3
"""
Origin of tests/fixtures/python/*: this script, run as `python3 scripts/gen-python-fixtures.py`.

Python is the reference implementation of pith.science's hashing recipes (FORMAT.md §2, §3):

    canonical bytes = json.dumps(x, sort_keys=True, separators=(',', ':'), ensure_ascii=False).encode('utf-8')
    text canon      = " ".join(s.lower().split())

so the TypeScript ports are tested against bytes produced by the real thing, never against
hand-written expectations. Output is deterministic (fixed seed, no dict/set iteration order that
depends on hashing), so re-running on the same Python version reproduces the files byte for byte.

Real data comes from tests/fixtures/pith/ (copied unmodified from ../shared/pith/, real
pith.science records); the script checks that Python reproduces every published hash before
writing anything.

Writes:
  tests/fixtures/python/canonical-json.jsonl  {"input": <JSON text>, "canonical_hex", "sha256"} | {"input", "error"}
  tests/fixtures/python/text-canon.jsonl      {"input": s, "canon", "sha256"} | {"input", "error"}
  tests/fixtures/python/unicode-tables.json   the Unicode data behind str.lower()/str.split() in this Python
"""

import hashlib
import json
import math
import os
import random
import struct
import sys
import unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
PITH = os.path.join(ROOT, 'tests', 'fixtures', 'pith')
OUT = os.path.join(ROOT, 'tests', 'fixtures', 'python')
SEED = 20260521
INT_DIGIT_LIMIT = 4300  # sys.get_int_max_str_digits() default since 3.11 (CVE-2020-10735)


def canonical_bytes(x):
    """FORMAT.md §2; raises UnicodeEncodeError for lone surrogates, like the reference."""
    return json.dumps(x, sort_keys=True, separators=(',', ':'), ensure_ascii=False).encode('utf-8')


def canon_text(s):
    """FORMAT.md §3."""
    return ' '.join(s.lower().split())


def has_non_finite(x):
    # Iterative: the deep-nesting case would exhaust Python's recursion limit here.
    stack = [x]
    while stack:
        v = stack.pop()
        if isinstance(v, float) and not math.isfinite(v):
            return True
        if isinstance(v, list):
            stack.extend(v)
        elif isinstance(v, dict):
            stack.extend(v.values())
    return False


def line(obj):
    # ensure_ascii=True: the fixture files are pure ASCII, so no editor or tool can re-encode them,
    # and lone surrogates survive as \udXXX escapes.
    return json.dumps(obj, ensure_ascii=True, sort_keys=True)


# ---------------------------------------------------------------- canonical JSON

def canonical_case(text, note):
    """Python's own verdict on one JSON document text."""
    try:
        x = json.loads(text)
    except ValueError as e:  # e.g. the 4300-digit integer limit
        return {'input': text, 'error': 'json.loads: %s' % e, 'note': note}
    if has_non_finite(x):
        # json.dumps would write Infinity/NaN, which is not JSON (RFC 8259 §6).
        return {'input': text, 'error': 'non-finite float', 'note': note}
    try:
        b = canonical_bytes(x)
    except UnicodeEncodeError as e:
        return {'input': text, 'error': 'encode utf-8: %s' % e.reason, 'note': note}
    return {'input': text, 'canonical_hex': b.hex(), 'sha256': hashlib.sha256(b).hexdigest(), 'note': note}


def shuffled(rng, d):
    """Same dict, random insertion order (the canonical form must not depend on it)."""
    if isinstance(d, dict):
        items = list(d.items())
        rng.shuffle(items)
        return {k: shuffled(rng, v) for k, v in items}
    if isinstance(d, list):
        return [shuffled(rng, v) for v in d]
    return d


def random_layout(rng, x):
    """A JSON text for x with random key order, whitespace and escaping."""
    indent = rng.choice([None, None, 0, 1, 2, 4, '\t', '\n'])
    seps = rng.choice([(',', ':'), (', ', ': '), (',', ': '), (' ,', ' : ')])
    text = json.dumps(shuffled(rng, x), indent=indent, separators=seps, ensure_ascii=rng.random() < 0.4)
    if rng.random() < 0.2:
        text = rng.choice([' ', '\n', '\t', '\r\n']) + text + rng.choice(['', ' ', '\n'])
    return text


STRING_PALETTE = (
    [chr(c) for c in range(0x20, 0x7f)] * 2
    + [chr(c) for c in range(0x00, 0x20)] + ['\x7f', '"', '\\', '/', '\u2028', '\u2029']
    + list('éèçñüßøåÆŒœÿĀăŁž') + list('日本語中文한국어') + ['😀', '🎉', '👍🏽', '𝔘', '𐐀', '\U0010ffff']
    + ['\ue000', '\uf8ff', '\ufeff', '\ufffd', '\uffff', '\u0301', '\u200b', '\u00a0']
)


def random_string(rng, max_len=12):
    s = ''.join(rng.choice(STRING_PALETTE) for _ in range(rng.randint(0, max_len)))
    if rng.random() < 0.03:  # a lone surrogate: Python can dump it but cannot UTF-8 encode it
        i = rng.randint(0, len(s))
        s = s[:i] + chr(rng.choice([0xd800, 0xdbff, 0xdc00, 0xdfff, 0xd83d])) + s[i:]
    return s


KEY_TRAPS = ['', 'a', 'A', 'aa', 'ab', 'b', 'é', 'z', '\ue000', '\uffff', '\ufb01', '😀', '\U00010000',
             '\U0010ffff', 'a😀', 'a\uffff', '\x00', '\x1f', ' ', '~', '\x7f']


def random_key(rng):
    return rng.choice(KEY_TRAPS) if rng.random() < 0.4 else random_string(rng, 6)


def random_float(rng):
    kind = rng.randint(0, 5)
    if kind == 0:  # any finite double, every bit pattern equally likely
        while True:
            f = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
            if math.isfinite(f):
                return f
    if kind == 1:  # around the fixed/exponent switch points (1e-4 .. 1e16)
        return rng.choice([1, -1]) * rng.randint(1, 99999) * 10.0 ** rng.randint(-9, 20)
    if kind == 2:
        return round(rng.uniform(-1000, 1000), rng.randint(0, 6))
    if kind == 3:  # integral floats print with ".0"
        return float(rng.randint(-10 ** 17, 10 ** 17))
    if kind == 4:  # subnormals
        return struct.unpack('<d', struct.pack('<Q', rng.getrandbits(52)))[0]
    return rng.random() * 10.0 ** rng.randint(-320, 300)


def random_int(rng):
    bits = rng.choice([3, 8, 31, 52, 53, 54, 63, 64, 65, 100, 300])
    n = rng.getrandbits(bits)
    return -n if rng.random() < 0.4 else n


def random_value(rng, depth=0):
    r = rng.random()
    if depth < 3 and r < 0.18:
        return {random_key(rng): random_value(rng, depth + 1) for _ in range(rng.randint(0, 5))}
    if depth < 3 and r < 0.30:
        return [random_value(rng, depth + 1) for _ in range(rng.randint(0, 5))]
    if r < 0.55:
        return random_string(rng)
    if r < 0.70:
        return random_int(rng)
    if r < 0.87:
        return random_float(rng)
    return rng.choice([True, False, None])


# Documents written by hand so the *input literal* varies (json.dumps would always write repr()).
HANDWRITTEN_DOCS = [
    '0', '-0', '1', '-1', '9007199254740991', '9007199254740992', '9007199254740993', '-9007199254740993',
    '18446744073709551615', '18446744073709551616', '-18446744073709551617',
    '123456789012345678901234567890123456789012345678901234567890',
    '1.0', '-0.0', '0.0', '0e0', '-0E-0', '1e0', '1E5', '1e+2', '1.0e+2', '100.000', '0.1', '0.10', '1e1',
    '1e-7', '1e-07', '0.0001', '0.00001', '1e15', '1e16', '1.5e16', '12345678901234567.0', '1e22', '1e21',
    '1.5e300', '1.7976931348623157e308', '5e-324', '2.5e-324', '2.4e-324', '1e-400', '-1e-400',
    '4.9406564584124654e-324', '2.2250738585072014e-308', '123456789.123', '0.30000000000000004',
    '1e400', '-1e400', '1E309', '[1e400]', '{"a":-1e999}',
    '1' * INT_DIGIT_LIMIT, '-' + '9' * INT_DIGIT_LIMIT, '1' * (INT_DIGIT_LIMIT + 1),
    '[1' + '0' * (INT_DIGIT_LIMIT + 5) + ']', '1' + '0' * 400 + '.5',
    'true', 'false', 'null', '[]', '{}', '""', '[[]]', '{"":{}}', '[{}, [], "", 0, false, null]',
    '"\\u0000\\u0001\\u001f\\u007f\\u0080\\u00ff\\u2028\\u2029"', '"\\/\\"\\\\\\b\\f\\n\\r\\t"',
    '"\\ud83d\\ude00"', '"\\uD83D\\uDE00"', '"\\ud800"', '"\\udfff"', '"\\ude00\\ud83d"', '"a\\ud800b"',
    '{"\\ud800":1}', '{"ok":"\\udbff\\udfff","bad":["\\udc00"]}', '"\\ud83d"', '"x\\ud83d\\u0041"',
    '{"b":1,"a":2,"c":{"z":[3,{"y":null,"x":true}],"\\u00e9":"\\u00e9"}}',
    '{"\\ue000":1,"\\ud83d\\ude00":2,"\\uffff":3,"a":4,"U":5}',
    '{"\\ud800\\udc00":"astral first in UTF-16","\\uffff":"last BMP","\\ufb01":"fi"}',
    '  {\n\t"spaces" : [ 1 , 2.50 , -3e-2 ]\r\n}  ',
    '[' * 500 + ']' * 500,
]


def canonical_json_fixture(rng, vectors, seed_record):
    cases = []
    for v in vectors:
        cr = v.get('canonical_record')
        if cr is None:
            continue
        b = canonical_bytes(cr)
        assert hashlib.sha256(b).hexdigest() == v['canonical_sha256'], v['pith_number']
        for i in range(4):  # served order, then other key orders and layouts
            text = json.dumps(cr) if i == 0 else random_layout(rng, cr)
            c = canonical_case(text, 'vectors.json %s' % v['pith_number'])
            c['expected_sha256'] = v['canonical_sha256']
            assert c.get('sha256') == v['canonical_sha256']
            cases.append(c)
    if seed_record is not None:
        c = canonical_case(json.dumps(seed_record['canonical_record']), 'UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')
        assert c['sha256'] == seed_record['canonical_sha256']
        c['expected_sha256'] = seed_record['canonical_sha256']
        cases.append(c)
    for text in HANDWRITTEN_DOCS:
        cases.append(canonical_case(text, 'handwritten'))
    # Every control character, DEL and the escape-worthy ASCII, as value and as key.
    for c in list(range(0x00, 0x20)) + [0x22, 0x2f, 0x5c, 0x7f, 0x80, 0x85, 0xa0, 0x2028, 0xfeff]:
        ch = chr(c)
        for ea in (False, True):
            cases.append(canonical_case(json.dumps({ch: 'x' + ch + 'y', 'k': [ch]}, ensure_ascii=ea), 'char U+%04X' % c))
    # The ordering trap: astral keys (UTF-16 surrogates D800-DFFF) against U+E000-FFFF keys.
    for _ in range(60):
        keys = rng.sample(KEY_TRAPS, rng.randint(2, len(KEY_TRAPS)))
        doc = {k: rng.randint(0, 9) for k in keys}
        cases.append(canonical_case(random_layout(rng, doc), 'key order trap'))
    for _ in range(40):  # long strings exercise the no-escape fast path and its boundaries
        s = ''.join(rng.choice(['abc', 'é', '日本', '😀', ' ', '\n', '"', '\\']) for _ in range(rng.randint(50, 400)))
        cases.append(canonical_case(random_layout(rng, {'s': s, 'n': [s[:7]]}), 'long string'))
    while len(cases) < 2200:
        doc = random_value(rng)
        if rng.random() < 0.7:  # mostly objects, like real records
            doc = {random_key(rng): random_value(rng, 1) for _ in range(rng.randint(0, 6))}
        cases.append(canonical_case(random_layout(rng, doc), 'random'))
    return cases


# ---------------------------------------------------------------- text canon

PY_SPACE = [c for c in range(0x110000) if chr(c).isspace()]
# JavaScript's \s has U+FEFF, which Python does not; U+200B, U+180E, U+2060 are whitespace in neither
# (U+180E stopped being Zs in Unicode 6.3).
NOT_SPACE = [0xfeff, 0x200b, 0x180e, 0x2060, 0x200c, 0x200d, 0xfffe]


def text_case(s, note, **extra):
    out = {'input': s, 'note': note}
    out.update(extra)
    canon = canon_text(s)
    try:
        b = canon.encode('utf-8')
    except UnicodeEncodeError as e:
        out['error'] = 'encode utf-8: %s' % e.reason
        return out
    out['canon'] = canon
    out['sha256'] = hashlib.sha256(b).hexdigest()
    return out


def chunks(cps, size):
    cps = [c for c in cps if not 0xd800 <= c <= 0xdfff]
    for i in range(0, len(cps), size):
        yield cps[i:i + size]


# Blocks with no case and no whitespace are left out of the string sweep (unicode-tables.json is
# exhaustive instead): CJK ext A and unified ideographs, Yi, Hangul syllables, private use.
SKIP_BMP = [(0x3400, 0x4dbf), (0x4e00, 0x9fff), (0xa000, 0xa48f), (0xac00, 0xd7a3), (0xe000, 0xf8ff)]
# Astral ranges holding cased letters in any Unicode version so far (Deseret, Osage, Vithkuqi,
# Old Hungarian, Garay, Warang Citi, Medefaidrin, Beria Erfe, math alphanumerics, Adlam, enclosed
# and squared Latin) plus emoji.
ASTRAL = [(0x10000, 0x11fff), (0x16e40, 0x16eff), (0x1d400, 0x1d7ff), (0x1e900, 0x1e95f),
          (0x1f100, 0x1f1ff), (0x1f600, 0x1f64f)]

TEXT_SAMPLES = [
    '', ' ', 'a', 'A', '  Hello,   World!  ', 'Hello\nWorld', 'tab\tsep', 'a\r\nb', 'x\x0by\x0cz',
    '\\`{a} la carte', "Schr\\\"odinger's Cat", '$\\Sigma$-algebras', '\\emph{On} the $\\mathbb{R}^n$',
    'Proton-$\\eta^\\prime$ interactions at threshold', '{\\"U}ber', 'Na\\"ive', '\\c{C}a\\u{g}',
    'İstanbul', 'İ', 'I', 'ı', 'ẞ', 'ß', 'ǅ', 'ǈ', 'ǋ', 'ǲ', 'Ǆ', 'ǅungla', 'K', 'Ω', 'Å', 'ϴ', 'ẞtraße',
    '𐐀𐐁𐐂', '𐐀 𐐨', '𞤀𞤁', '𝐀𝐁', 'Ⅻ', 'ⓐⒶ', '🄰', 'Ꭰꭰ', 'ᲐᲑ', 'ǅ Σ', 'ΣΑΣ', 'Σ',
    'ΟΔΥΣΣΕΥΣ', 'ὈΔΥΣΣΕΎΣ', 'ΑΣ', 'ΑΣ.', 'Α.Σ', 'ΑΣ\'Β', "ΑΣ'", 'Σ\'', 'ΑΣ\u0301', 'Α\u0345Σ', 'ΑΣ\u0345',
    'ΑΣ1', '1Σ', 'ΑΣΑ', 'Σ Σ Σ', 'ΑΣ ΑΣ', 'aΣ', 'AΣb', 'ǅΣ', '\u02b0Σ', 'A\u00adΣ', 'A\u200dΣ\u200d',
    'ΑΣ\ufeff', 'ΑΣ\u200b', 'ΑΣ\u2060x', 'Α:Σ', "Α'Σ'", 'Α·Σ', 'Α\u0387Σ',
    'a\ufeffb', '\ufeffBOM', 'zero\u200bwidth', 'Mongolian\u180evowel', 'nb\u00a0sp', 'nel\x85line',
    'ls\u2028ps\u2029x', '\x1c\x1d\x1e\x1fa\x1fb', 'ideo\u3000space', '\u2000\u2001\u200a\u202f\u205f',
    'DEL\x7fchar', 'null\x00char', 'café CAFÉ', 'CAFE\u0301', '日本語 テキスト', 'ΑΒΓ ΔΕΖ', 'Ꙁ ꙁ',
    'ÀÉÎÕÜ', 'Ⱥ', 'Ⱦ', 'ȺȾ', 'ⱥ', 'ꞵꞴ', 'Ʂ', 'Ʞ', 'ꟈ', 'Ᶎ', 'Ქ', 'ᾈ', 'ᾼ', 'ῼ', 'ﬀ', 'ﬁ', 'ŉ', 'ǰ',
]


def text_canon_fixture(rng, vectors, seed_record):
    cases = []
    for v in vectors:
        cr = v.get('canonical_record')
        for field in ('title', 'abstract', 'authors_text'):
            s = v.get(field)
            if not s:
                continue
            extra = {}
            if cr is not None and field != 'authors_text':
                extra['expected_sha256'] = cr['metadata'][field + '_canon_sha256']
            c = text_case(s, 'vectors.json %s %s' % (v['pith_number'], field), **extra)
            if 'expected_sha256' in extra:
                assert c['sha256'] == extra['expected_sha256'], (v['pith_number'], field)
            cases.append(c)
    if seed_record is not None:
        c = text_case(seed_record['paper']['title'], 'UTTGU3KIYM6JKD6ALUV7A7CX74.record.json title',
                      expected_sha256=seed_record['canonical_record']['metadata']['title_canon_sha256'])
        assert c['sha256'] == c['expected_sha256']
        cases.append(c)
    for s in TEXT_SAMPLES:
        cases.append(text_case(s, 'sample'))
    # Every Python whitespace character, alone, as a separator, in runs, leading and trailing.
    for c in PY_SPACE + NOT_SPACE:
        ch = chr(c)
        for s in (ch, 'A' + ch + 'B', ch + 'Ab' + ch * 2 + 'cD' + ch, 'x' + ch + ' ' + ch + 'y'):
            cases.append(text_case(s, 'space U+%04X' % c))
    # Code point sweep: every letter whose lower() exists in some Unicode version lives here.
    bmp = [c for c in range(0x10000) if not any(a <= c <= b for a, b in SKIP_BMP)]
    for part in chunks(bmp, 64):
        cases.append(text_case(''.join(map(chr, part)), 'sweep U+%04X' % part[0]))
    for a, b in ASTRAL:
        for part in chunks(range(a, b + 1), 64):
            cases.append(text_case(''.join(map(chr, part)), 'sweep U+%04X' % part[0]))
    # Final sigma context around a sample of case-ignorable and cased characters.
    ign, cased = case_properties()
    probe = sorted(rng.sample(ign, 400) + rng.sample(cased, 400))
    for part in chunks(probe, 16):
        words = []
        for c in part:
            x = chr(c)
            words += ['A' + x + 'Σ', 'AΣ' + x, x + 'Σ', 'A' + x + 'Σ' + x + 'B', 'AΣ' + x + 'B']
        cases.append(text_case(' '.join(words), 'sigma context'))
    # Lone surrogates: Python lowers and splits them, then cannot UTF-8 encode the result.
    # (A high+low pair of separate Python code points is not written here: its JSON escape would be
    # read back as one astral character; write_jsonl checks every line reads back unchanged.)
    for s in ('\ud800', 'a\udc00b', '\udfff\ud800', 'Title \udbff', '\ude00\ud83d ok', 'ok \U0001f600'):
        cases.append(text_case(s, 'surrogate'))
    pieces = (list('abcXYZ') + ['Σ', 'ς', 'σ', 'İ', 'ẞ', 'ǅ', '𐐀', '😀', 'É', 'ﬁ', '\u0301', '\u0345', "'", '.',
              '\\`{a}', '$x$', '日本'] + [chr(c) for c in PY_SPACE] + [chr(c) for c in NOT_SPACE])
    while len(cases) < 2600:
        s = ''.join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        cases.append(text_case(s, 'random'))
    return cases


_CASE_PROPS = None


def case_properties():
    """
    Case_Ignorable and (Cased and not Case_Ignorable) exactly as CPython's str.lower() sees them.
    unicodedata does not expose these, so they are read back from lower()'s Final_Sigma rule
    (Objects/unicodeobject.c handle_capital_sigma: Σ is final after \\p{cased}\\p{case-ignorable}*
    and not before \\p{case-ignorable}*\\p{cased}):
      'aXΣ' ends in ς  iff X ignorable or X cased
      'aΣX' has ς      iff X ignorable or X not cased
      'XΣ'  ends in ς  iff X cased and not ignorable
    """
    global _CASE_PROPS
    if _CASE_PROPS is None:
        ign, cased = [], []
        for c in range(0x110000):
            if 0xd800 <= c <= 0xdfff:
                continue
            x = chr(c)
            if ('a' + x + 'Σ').lower()[-1] == 'ς' and ('aΣ' + x).lower()[1] == 'ς':
                ign.append(c)
            if (x + 'Σ').lower()[-1] == 'ς':
                cased.append(c)
        _CASE_PROPS = (ign, cased)
    return _CASE_PROPS


def ranges(cps):
    out = []
    for c in cps:
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out


def unicode_tables():
    ign, cased = case_properties()
    lower = []
    for c in range(0x110000):
        if 0xd800 <= c <= 0xdfff:
            continue
        l = chr(c).lower()
        if l != chr(c):
            lower.append([c, [ord(ch) for ch in l]])
    return {
        'python': sys.version.split()[0],
        'unicode': unicodedata.unidata_version,
        'about': 'Python str.lower() mappings (code point -> code points, identity omitted), '
                 'str.isspace() code points, and the Case_Ignorable / Cased-and-not-Case_Ignorable '
                 'ranges that str.lower() uses for Final_Sigma. Generated by scripts/gen-python-fixtures.py.',
        'lower': lower,
        'whitespace': PY_SPACE,
        'case_ignorable': ranges(ign),
        'cased_not_ignorable': ranges(cased),
    }


def load(name):
    path = os.path.join(PITH, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def write_jsonl(name, cases):
    with open(os.path.join(OUT, name), 'w', encoding='ascii', newline='\n') as f:
        for c in cases:
            text = line(c)
            assert json.loads(text) == c, 'does not read back unchanged: %r' % c
            f.write(text + '\n')
    print('%s: %d lines' % (name, len(cases)))


def main():
    vectors = load('vectors.json')
    if vectors is None:
        sys.exit('tests/fixtures/pith/vectors.json is missing (copy it unmodified from ../shared/pith/)')
    seed_record = load('UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')
    os.makedirs(OUT, exist_ok=True)
    write_jsonl('canonical-json.jsonl', canonical_json_fixture(random.Random(SEED), vectors, seed_record))
    write_jsonl('text-canon.jsonl', text_canon_fixture(random.Random(SEED + 1), vectors, seed_record))
    with open(os.path.join(OUT, 'unicode-tables.json'), 'w', encoding='ascii', newline='\n') as f:
        json.dump(unicode_tables(), f, ensure_ascii=True, separators=(',', ':'))
        f.write('\n')
    print('unicode-tables.json: Python %s, Unicode %s' % (sys.version.split()[0], unicodedata.unidata_version))


if __name__ == '__main__':
    main()
