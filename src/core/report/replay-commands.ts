/**
 * The shell commands a sceptic can paste to repeat each check without this app (docs UX.md:
 * "an exportable verification transcript with the equivalent shell command for each step").
 * They use only python3, coreutils, xxd and OpenSSL 3, and work on a file saved as record.json.
 *
 * Safety: these are meant to be pasted into a shell, and every value in them comes from a document
 * that may be hostile. So a value is written into a command only after it matched a strict pattern
 * (hex, base64, a four-digit year, a plain JSON path), and free text (a URL, a file name) only
 * single-quoted. Anything else gets no command, never an unchecked one.
 */
import { fromHex } from '../bytes';
import type { DocumentKind } from '../documents/detect-kind';
import { suffixFromDigest } from '../pith/pith-number';
import type { CheckResult } from '../verify/check-types';

export interface ReplayCommand {
  /** What the command shows, in one sentence. */
  readonly what: string;
  readonly command: string;
  /** What it prints when this app's result holds; null when it prints nothing to compare. */
  readonly expectOutput: string | null;
}

export const RECORD_FILE = 'record.json';
/** RFC 8410 SubjectPublicKeyInfo DER header for an Ed25519 key; the 32 raw key bytes follow. */
export const ED25519_SPKI_PREFIX_HEX = '302a300506032b6570032100';
export const OPENSSL_OK = 'Signature Verified Successfully';
export const OPENSSL_BAD = 'Signature Verification Failure';

const HEX64 = /^[0-9a-f]{64}$/;
const B64_SIG = /^[A-Za-z0-9+/]{86}==$/;
const YEAR = /^[0-9]{4}$/;
const SIMPLE_PATH = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*|\[[0-9]+\])*$/;

/** POSIX single quoting: the only character that needs care inside '…' is ' itself. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** `paper.title` → `["paper"]["title"]`; `(root)` → ``; null for anything not plainly safe. */
export function pythonIndex(path: string): string | null {
  if (path === '(root)') return '';
  if (!SIMPLE_PATH.test(path)) return null;
  return path
    .split(/(?=\[)|\./)
    .filter((p) => p !== '')
    .map((p) => (p.startsWith('[') ? p : `["${p}"]`))
    .join('');
}

/** Where each kind keeps its canonical record (FORMAT.md §5, §6), as a JSON path. */
const CANONICAL_PATH: Partial<Record<DocumentKind, string>> = {
  record: 'canonical_record',
  bundle: 'canonical_record',
  vector: 'canonical_record',
  state: 'current.canonical_record',
  'canonical-record': '(root)',
};

const load = `json.load(open(sys.argv[1],encoding="utf-8"))`;

/** Where the checked document came from: a mirror, a file (maybe one entry of several), or elsewhere. */
export type ReportSource =
  | { readonly type: 'mirror'; readonly mirror: string; readonly url: string }
  | { readonly type: 'file'; readonly name: string; readonly index?: number | null }
  /** E.g. a share link; `description` says what it was, in a few words. */
  | { readonly type: 'other'; readonly description: string };

const SAVE_IT = `save the document with this app's "Download JSON" button (it keeps the bytes exactly) and rename it to ${RECORD_FILE}`;

export function fetchCommands(source: ReportSource, documentSha256: string | null): { commands: ReplayCommand[]; notes: string[] } {
  const commands: ReplayCommand[] = [];
  const notes: string[] = [];
  if (source.type === 'file' && (source.index === undefined || source.index === null)) {
    commands.push({ what: `Copy the checked file to ${RECORD_FILE} (the commands below read that name).`, command: `cp ${shellQuote(source.name)} ${RECORD_FILE}`, expectOutput: null });
  } else if (source.type === 'file') {
    notes.push(`The document is entry ${source.index} of ${source.name}, which holds several; ${SAVE_IT}.`);
  } else if (source.type === 'mirror' && /^https?:\/\//.test(source.url)) {
    commands.push({ what: `Fetch the document from the mirror as ${RECORD_FILE}.`, command: `curl -sSfL -o ${RECORD_FILE} ${shellQuote(source.url)}`, expectOutput: null });
    notes.push('A mirror may serve other bytes later; the checks below hold for whatever file you run them on.');
  } else if (source.type === 'mirror') {
    notes.push(`The mirror address ${source.url} is relative to this app; ${SAVE_IT}.`);
  } else {
    notes.push(`The document came from ${source.description}; ${SAVE_IT}.`);
  }
  if (documentSha256 && HEX64.test(documentSha256)) {
    commands.push({
      what: 'SHA-256 of the whole file, to confirm it is the one this report was made from.',
      command: `python3 -c 'import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest())' ${RECORD_FILE}`,
      expectOutput: documentSha256,
    });
  }
  return { commands, notes };
}

export interface CommandInputs {
  readonly kind: DocumentKind;
  readonly computedSha256: string | null;
  readonly claimedSha256: string | null;
  readonly year: string | null;
  readonly receipt: { readonly signature_b64?: string; readonly canonical_sha256?: string } | null;
  readonly publicKeyHex: string | null;
  readonly fingerprintHex: string | null;
}

/** The commands repeating one check; empty when nothing a shell could repeat was computed. */
export function commandsFor(check: CheckResult, x: CommandInputs): ReplayCommand[] {
  switch (check.id) {
    case 'canonical-hash': {
      const at = CANONICAL_PATH[x.kind];
      const index = at === undefined ? null : pythonIndex(at);
      if (index === null || !x.computedSha256) return [];
      return [
        {
          what: `SHA-256 of the canonical JSON of ${at}, by the pith.science recipe (FORMAT.md §2).`,
          command: `python3 -c 'import json,hashlib,sys; r=${load}${index}; print(hashlib.sha256(json.dumps(r,sort_keys=True,separators=(",",":"),ensure_ascii=False).encode()).hexdigest())' ${RECORD_FILE}`,
          expectOutput: x.computedSha256,
        },
      ];
    }
    case 'pith-number': {
      // The same digest the check used: the claimed one first, else the recomputed one.
      const hex = [x.claimedSha256, x.computedSha256].find((h): h is string => !!h && HEX64.test(h));
      if (!hex) return [];
      const suffix = suffixFromDigest(fromHex(hex)!);
      const year = x.year && YEAR.test(x.year) ? x.year : null;
      const b32 = 'base64.b32encode(bytes.fromhex(sys.argv[1])).decode()[:26]';
      return [
        year
          ? {
              what: 'The number: first 26 base32 characters of the whole 32-byte digest, with the submission year (FORMAT.md §1).',
              command: `python3 -c 'import base64,sys; print("pith:"+sys.argv[2]+":"+${b32})' ${hex} ${year}`,
              expectOutput: `pith:${year}:${suffix}`,
            }
          : { what: 'The suffix: first 26 base32 characters of the whole 32-byte digest (FORMAT.md §1); the year is not known here.', command: `python3 -c 'import base64,sys; print(${b32})' ${hex}`, expectOutput: suffix },
      ];
    }
    case 'title-hash':
    case 'abstract-hash': {
      const what = check.id === 'title-hash' ? 'title' : 'abstract';
      return (check.items ?? []).flatMap((item) => {
        const index = pythonIndex(item.label);
        if (index === null || index === '' || !item.computed || !HEX64.test(item.computed)) return [];
        const cut = item.status === 'skip' ? ' It is an excerpt cut at 600 characters, so it is not expected to match the record.' : '';
        return [
          {
            what: `SHA-256 of the ${what} at ${item.label}, lower-cased with whitespace collapsed (FORMAT.md §3); compare with ${what}_canon_sha256 ${item.expected ?? ''}.${cut}`,
            command: `python3 -c 'import json,hashlib,sys; t=${load}${index}; print(hashlib.sha256(" ".join(t.lower().split()).encode()).hexdigest())' ${RECORD_FILE}`,
            expectOutput: item.computed,
          },
        ];
      });
    }
    case 'signature':
      return check.status === 'skip' ? [] : signatureCommands(check, x);
    default:
      return [];
  }
}

function signatureCommands(check: CheckResult, x: CommandInputs): ReplayCommand[] {
  const sig = x.receipt?.signature_b64;
  const digest = [x.receipt?.canonical_sha256, x.claimedSha256, x.computedSha256].find((h): h is string => !!h && HEX64.test(h));
  const key = x.publicKeyHex;
  if (!sig || !B64_SIG.test(sig) || !digest || !key || !HEX64.test(key)) return [];
  const out: ReplayCommand[] = [];
  if (x.fingerprintHex && /^[0-9a-f]{32}$/.test(x.fingerprintHex)) {
    out.push({
      what: "The key's fingerprint: first 16 bytes of SHA-256 of the raw public key (FORMAT.md §4).",
      command: `python3 -c 'import hashlib,sys; print(hashlib.sha256(bytes.fromhex(sys.argv[1])).hexdigest()[:32])' ${key}`,
      expectOutput: x.fingerprintHex,
    });
  }
  out.push(
    { what: 'The signed message: the 32 raw bytes of the digest, not its hex text (FORMAT.md §4).', command: `printf '%s' ${digest} | xxd -r -p > digest.bin`, expectOutput: null },
    { what: 'The 64-byte signature from the receipt (standard base64).', command: `printf '%s' ${shellQuote(sig)} | base64 -d > sig.bin`, expectOutput: null },
    {
      what: 'The raw public key from the trusted keyring, as a PEM SubjectPublicKeyInfo (RFC 8410 prefix + key).',
      command: `{ echo '-----BEGIN PUBLIC KEY-----'; printf '%s' ${ED25519_SPKI_PREFIX_HEX}${key} | xxd -r -p | base64; echo '-----END PUBLIC KEY-----'; } > pith-key.pem`,
      expectOutput: null,
    },
    {
      what: 'Ed25519 verification (RFC 8032) with OpenSSL 3.0 or later (LibreSSL cannot do -rawin).',
      command: 'openssl pkeyutl -verify -pubin -inkey pith-key.pem -rawin -in digest.bin -sigfile sig.bin',
      // OpenSSL prints what this app found: a signature it rejected must be rejected there too.
      expectOutput: check.items?.some((i) => i.label.startsWith('Ed25519 verify') && i.computed === 'invalid') ? OPENSSL_BAD : OPENSSL_OK,
    },
  );
  return out;
}
