/**
 * What one verification establishes, as plain data: the checks, the verdict and its headline, and
 * the evidence (which parts were used, what was signed, by which key) with the binding of every
 * field a page shows. The core decides all of it; the UI, the CLI and reports only show it.
 */
import type { DocumentKind } from '../documents/detect-kind';
import type { CheckId, CheckResult, CheckStatus, Verdict } from './check-types';

/**
 * How a displayed value is tied to the signed digest (the binding rule, README "How verification
 * works"): signed, hash-bound and rehash-bound only through an unbroken chain established in this
 * run; contradicted where a check compared it and it differs; unbound otherwise.
 */
export type Binding = 'signed' | 'hash-bound' | 'rehash-bound' | 'unbound' | 'contradicted';

/** Why a field has its binding: a closed union, so nothing downstream matches prose. */
export type BindingCode =
  /** The digest a trusted key signed. */
  | 'signed-digest'
  /** In the canonical record whose SHA-256 is the signed digest. */
  | 'in-signed-canonical'
  /** The number is the signed digest's base32 with the bound submission year. */
  | 'number-of-signed-digest'
  /** Re-hashed here and equal to the hash in the signed canonical record. */
  | 'rehash-matches'
  /** Derived from bound values (an alias). */
  | 'derived-from-bound'
  /** No valid signature by a trusted key: nothing reaches a signed digest. */
  | 'no-signature'
  /** The canonical record did not pass canonical-hash, or is not the one that was signed. */
  | 'canonical-not-bound'
  /** The document holds no canonical record, so nothing ties its fields to the signed digest. */
  | 'no-canonical-record'
  /** No hash and no signature covers this field at all (authors, receipt times, live data). */
  | 'no-hash-covers-it'
  /** An abstract excerpt of exactly 600 characters (FORMAT.md §3): the hash of the whole cannot be checked. */
  | 'excerpt-cut'
  /** Its check could not compare it (see the check). */
  | 'not-checked'
  /** A check compared it with the bound value and it differs. */
  | 'mismatch';

export type FieldId =
  | 'pith-number'
  | 'short-pith-number'
  | 'canonical-sha256'
  | 'signed-digest'
  | 'title'
  | 'authors'
  | 'abstract'
  | 'submitted-at'
  | 'primary-category'
  | 'cross-categories'
  | 'license'
  | 'source';

/** The paper fields whose binding the verdict headline always speaks about. */
export const PROMINENT_FIELDS = ['title', 'authors', 'abstract', 'submitted-at', 'primary-category', 'cross-categories', 'license'] as const satisfies readonly FieldId[];

export interface SourceValue {
  readonly kind: string;
  readonly id: string;
  readonly version: number;
}

export interface FieldValues {
  readonly 'pith-number': string;
  readonly 'short-pith-number': string;
  readonly 'canonical-sha256': string;
  readonly 'signed-digest': string;
  readonly title: string;
  readonly authors: string;
  readonly abstract: string;
  readonly 'submitted-at': string;
  readonly 'primary-category': string;
  readonly 'cross-categories': readonly string[];
  readonly license: string;
  readonly source: SourceValue;
}

/** Another copy of a field in the document (e.g. paper.license beside the canonical one). */
export interface FieldCopy {
  readonly path: string;
  readonly value: string;
  readonly binding: Binding;
}

export interface DisplayField<K extends FieldId = FieldId> {
  readonly id: K;
  readonly label: string;
  readonly value: FieldValues[K];
  /** Where the value was read (the same path the checks read). */
  readonly path: string;
  readonly binding: Binding;
  readonly code: BindingCode;
  /** The check that bound or contradicted it, if one did. */
  readonly by: CheckId | null;
  /** One sentence for the reader: why it has this binding. */
  readonly note: string;
  /** Other copies that disagree with the shown value. */
  readonly conflicts: readonly FieldCopy[];
  /** Abstract only: exactly 600 characters, probably cut (FORMAT.md §3). */
  readonly cut?: boolean;
  /** Set when `value` was cut for display (FIELD_VALUE_CAP): the value's whole length. */
  readonly fullLength?: number;
}

export type DisplayFields = { readonly [K in FieldId]?: DisplayField<K> };

/** The trusted key a signature check used: from the keyring, never from the document. */
export interface EvidenceKey {
  readonly keyId: string;
  readonly fingerprintHex: string;
  readonly fingerprintB32: string;
  readonly publicKeyHex: string;
  readonly origin: 'pinned' | 'user';
  readonly rotatesAt: string | null;
}

/** One receipt field as served, with its binding (only the signed digest can be signed). */
export interface ReceiptField {
  readonly key: string;
  readonly path: string;
  readonly value: string;
  readonly binding: Binding;
}

export interface AliasRow {
  readonly kind: string;
  readonly value: string;
  /** served by the document, or derived here from bound values when it serves none. */
  readonly origin: 'served' | 'derived';
  readonly path: string | null;
  readonly status: CheckStatus | null;
  /** The value it should have, when the alias check found a mismatch. */
  readonly expected: string | null;
  readonly binding: Binding;
  readonly note: string | null;
}

export interface Evidence {
  /** The canonical record the checks hashed, and whether it is the one that was signed. */
  readonly canonical: { readonly path: string; readonly sha256Hex: string | null; readonly bound: boolean } | null;
  readonly receipt: { readonly path: string; readonly keyId: string | null; readonly signatureB64: string | null; readonly fields: readonly ReceiptField[] } | null;
  /** The digest a valid signature by a trusted key covers; null when no signature checked out. */
  readonly signedDigest: string | null;
  /** The keyring entry the receipt's key_id selected (also when its signature failed). */
  readonly key: EvidenceKey | null;
  readonly aliases: readonly AliasRow[];
}

/** canonical JSON → SHA-256 → base32 → number, each step's output and its comparison (FORMAT.md §1–§2). */
export interface Derivation {
  readonly canonicalJson: string;
  readonly canonicalBytes: number;
  readonly sha256Hex: string;
  readonly claimedSha256: string | null;
  /** The computed digest against the claimed one: pass, fail, or skip (nothing claimed, or not checkable). */
  readonly sha256Status: CheckStatus;
  readonly base32: string;
  readonly suffix: string;
  readonly year: string | null;
  readonly pithNumber: string | null;
  readonly claimedPithNumber: string | null;
  /** The computed number against the claimed one (not the claimed digest's: this is the derivation's own arrow). */
  readonly numberStatus: CheckStatus;
}

export type HeadlineCode =
  | 'all-hold'
  | 'check-failed'
  | 'no-receipt'
  | 'signer-unknown'
  | 'signature-not-checkable'
  | 'no-canonical-record'
  | 'canonical-not-checkable'
  | 'no-number'
  | 'year-unknown'
  | 'unknown-version'
  | 'field-unbound'
  | 'field-absent';

export interface HeadlineReason {
  readonly code: HeadlineCode;
  readonly text: string;
  readonly check: CheckId | null;
  /** The prominent fields this reason is about (field-unbound). */
  readonly fields: readonly FieldId[];
}

/** The verdict in words: one sentence, then every reason (what failed, what is missing, what is unbound). */
export interface Headline {
  readonly summary: string;
  readonly reasons: readonly HeadlineReason[];
}

/** What a page shows beside the checks; extracted only when asked (VerifyOptions.detail). */
export interface RecordDetail {
  readonly citations: { readonly count: number | null; readonly internalAnchorCount: number | null; readonly sample: readonly Citation[] } | null;
  /** The server's own claims (verification_status, attestation_state), as served. */
  readonly serverClaims: readonly { readonly key: string; readonly value: string }[];
  readonly provenance: { readonly built: boolean; readonly note: string | null; readonly sourceUrl: string | null; readonly missing: readonly string[] } | null;
}

export interface Citation {
  readonly arxivId: string | null;
  readonly title: string | null;
  readonly refIndex: number | null;
  readonly internalAnchor: boolean | null;
}

export interface VerifyReport {
  readonly kind: DocumentKind;
  readonly kindLabel: string;
  /** The number the document claims, else the one computed from it. */
  readonly pithNumber: string | null;
  readonly claimedPithNumber: string | null;
  readonly computedPithNumber: string | null;
  /** The title as the document states it (see fields.title for its binding). */
  readonly title: string | null;
  readonly verdict: Verdict;
  readonly headline: Headline;
  readonly checks: readonly CheckResult[];
  readonly derivation: Derivation | null;
  readonly evidence: Evidence;
  readonly fields: DisplayFields;
  /** Top-level keys this kind does not define: unchecked extra data. */
  readonly extras: readonly string[];
  readonly unknowns: readonly string[];
  readonly detail: RecordDetail | null;
}
