/**
 * Everything a check needs, computed once per document: the subject, the canonical bytes and their
 * SHA-256 (FORMAT.md §2), the trust inputs, and the results of the checks that ran before it
 * (registry order), so a check that relies on an earlier link of the chain can say so.
 */
import { fromHex, toHex } from '../bytes';
import { base32 } from '../crypto/base32';
import { sha256Utf8 } from '../crypto/sha256';
import type { Ed25519Backend } from '../crypto/ed25519';
import type { PithError } from '../errors';
import { canonicalText, type CanonicalFailure } from '../json/canonical-json';
import type { Keyring } from '../keyring';
import type { Subject } from '../documents/subject';
import type { CheckCode, CheckId, CheckResult } from './check-types';

export type ComputedCanonical =
  | { readonly state: 'none' }
  | { readonly state: 'error'; readonly error: PithError; readonly code: CheckCode }
  | {
      readonly state: 'ok';
      readonly text: string;
      /** Length of the canonical UTF-8 bytes that were hashed. */
      readonly byteLength: number;
      readonly floatPaths: readonly string[];
      /** Integers beyond 2^53 (FORMAT.md §2: pith has published none, so a mismatch proves nothing). */
      readonly bigIntPaths: readonly string[];
      readonly digest: Uint8Array;
      readonly digestHex: string;
    };

export interface VerifyOptions {
  readonly keyring: Keyring;
  /** Force one Ed25519 backend (tests, benchmarks); default: WebCrypto when available, else noble. */
  readonly backend?: Ed25519Backend;
  /** Also extract what a page shows beside the checks (citations, server claims, extra data): `report.detail`. */
  readonly detail?: boolean;
}

export interface CheckContext extends VerifyOptions {
  readonly subject: Subject;
  readonly computed: ComputedCanonical;
  /** The result of a check that ran earlier in registry order; undefined for one that has not. */
  readonly prior: (id: CheckId) => CheckResult | undefined;
}

const CANONICAL_CODES: Record<CanonicalFailure, CheckCode> = {
  'lone-surrogate': 'lone-surrogate',
  'too-deep': 'too-deep',
  'integer-too-long': 'integer-too-large',
  'non-finite': 'not-canonicalizable',
  'not-json-value': 'not-canonicalizable',
};

/** Canonical bytes and digest of the subject's canonical record, or why there are none (FORMAT.md §2). */
export function computeCanonical(subject: Subject): ComputedCanonical {
  if (!subject.canonicalRaw) return { state: 'none' };
  const c = canonicalText(subject.canonicalRaw.value);
  if (!c.ok) return { state: 'error', error: c.error, code: CANONICAL_CODES[c.error.reason] };
  const { digest, byteLength } = sha256Utf8(c.value.text);
  return { state: 'ok', text: c.value.text, byteLength, floatPaths: c.value.floatPaths, bigIntPaths: c.value.bigIntPaths, digest, digestHex: toHex(digest) };
}

const HEX64 = /^[0-9a-f]{64}$/;

const wellFormed = new WeakMap<Subject, Subject['claimedDigests']>();

/** Claimed digests that are well-formed (malformed ones are the schema check's business); once per subject, five checks ask. */
export function wellFormedClaims(subject: Subject): Subject['claimedDigests'] {
  let claims = wellFormed.get(subject);
  if (claims === undefined) {
    claims = subject.claimedDigests.filter((d) => HEX64.test(d.value));
    wellFormed.set(subject, claims);
  }
  return claims;
}

/**
 * The digest the document's number stands for: its first well-formed claim, else the one computed
 * from its canonical record. The record ↔ claim link is canonical-hash's job, so the number, aliases
 * and signature checks judge the claim, and each break is reported once.
 */
export function statedDigestHex({ subject, computed }: Pick<CheckContext, 'subject' | 'computed'>): string | null {
  return wellFormedClaims(subject)[0]?.value ?? (computed.state === 'ok' ? computed.digestHex : null);
}

/** True when canonical-hash passed: the canonical record is the one every claimed digest names. */
export function canonicalPassed(ctx: CheckContext): boolean {
  return ctx.prior('canonical-hash')?.status === 'pass';
}

let lastBase32: { readonly hex: string; readonly base32: string } | null = null;

/**
 * base32 of a 64-hex-character digest (FORMAT.md §1), the source of its number's suffix. The
 * number check, the alias check and the derivation each need it for the same digest, so the last
 * one is kept (keyed by the digest itself, so a hit is always the right answer).
 */
export function base32OfDigestHex(hex: string): string {
  if (lastBase32?.hex !== hex) lastBase32 = { hex, base32: base32(fromHex(hex)!) };
  return lastBase32.base32;
}

/** The sentence and code for a part a check needs that is not usable. */
export function notUsable(state: 'absent' | 'malformed' | 'unsupported', what: string, path: string, reason?: string): { code: CheckCode; reason: string } {
  switch (state) {
    case 'absent':
      // A layout with no place for the part names none: "(none)" in parentheses read "((none))".
      return { code: 'absent', reason: `No ${what} in this document${path === '(none)' ? '' : ` (${path})`}, so this is not checkable.` };
    case 'malformed':
      return { code: 'malformed', reason: `${path} is malformed (see the schema check), so this is not checkable.` };
    case 'unsupported':
      return { code: 'unknown-version', reason: `${path}: ${reason ?? 'unknown version'}; not checkable.` };
  }
}
