/** The shapes of replay commands and of what the registry's replay functions are given. */

export interface ReplayCommand {
  /** What the command shows, in one sentence. */
  readonly what: string;
  readonly command: string;
  /** What it prints when this app's result holds; null when it prints nothing to compare. */
  readonly expectOutput: string | null;
}

/** What a check's commands need from its run: all of it taken from the report's evidence. */
export interface ReplayInputs {
  /** JSON path of the canonical record the checks hashed (`(root)` for a bare one), or null. */
  readonly canonicalPath: string | null;
  readonly computedSha256: string | null;
  readonly claimedSha256: string | null;
  readonly year: string | null;
  readonly receipt: { readonly signature_b64?: string; readonly canonical_sha256?: string } | null;
  /** The trusted key the signature was checked with (keyring, never the document). */
  readonly publicKeyHex: string | null;
  readonly fingerprintHex: string | null;
}
