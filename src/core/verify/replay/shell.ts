/**
 * Building blocks of the shell commands that repeat each check without this app (docs UX.md: "an
 * exportable verification transcript with the equivalent shell command for each step"). They use
 * only python3, coreutils, xxd and OpenSSL 3, and work on a file saved as record.json.
 *
 * Safety: these are meant to be pasted into a shell, and every value in them comes from a document
 * that may be hostile. So a value is written into a command only after it matched a strict pattern
 * (hex, base64, a four-digit year, a plain JSON path), and free text (a URL, a file name) only
 * single-quoted. Anything else gets no command, never an unchecked one.
 */

export const RECORD_FILE = 'record.json';
/** RFC 8410 SubjectPublicKeyInfo DER header for an Ed25519 key; the 32 raw key bytes follow. */
export const ED25519_SPKI_PREFIX_HEX = '302a300506032b6570032100';
export const OPENSSL_OK = 'Signature Verified Successfully';
export const OPENSSL_BAD = 'Signature Verification Failure';

export const HEX64 = /^[0-9a-f]{64}$/;
export const B64_SIG = /^[A-Za-z0-9+/]{86}==$/;
export const YEAR = /^[0-9]{4}$/;
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

/** Python that loads record.json (the file name comes last on the command line). */
export const LOAD_RECORD = `json.load(open(sys.argv[1],encoding="utf-8"))`;
