/**
 * The receipt: who signed, when, with which key, and what this browser found
 * when it checked the signature. Only the 32-byte digest is signed (FORMAT.md
 * §4), so every other receipt field is marked unsigned.
 */
import { useMemo, type ReactNode } from 'react';
import type { VerifyReport } from '../../core/verify/verify-document';
import { BindingBadge } from '../ui/binding-badge';
import { CopyButton } from '../ui/copy-button';
import { STATUS_CLASS, STATUS_ICON, STATUS_WORD } from '../verification/status-style';
import { placeOnKeyWindow, type SigningKeyInfo } from './key-window';
import { formatUtc } from './format-time';
import { readRecord } from './read-record';

export type { SigningKeyInfo };

export interface ReceiptPanelProps {
  doc: unknown;
  report?: VerifyReport | null;
  /**
   * The keyring entry for the receipt's key_id, if this app trusts it. Not called `key`:
   * React reserves that prop name and never passes it to a component.
   */
  signingKey?: SigningKeyInfo | null;
}

function Missing() {
  return <span className="text-slate-500 italic dark:text-slate-400">not in this record</span>;
}

function Row({ label, children, badge }: { label: string; children: ReactNode; badge?: ReactNode }) {
  return (
    <div className="grid gap-1 py-1.5 sm:grid-cols-[11rem_1fr] sm:gap-3">
      <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="flex min-w-0 flex-wrap items-baseline gap-2 text-sm">
        {children}
        {badge}
      </dd>
    </div>
  );
}

function Mono({ value, what }: { value: string | null; what?: string }) {
  if (value === null) return <Missing />;
  return (
    <>
      <code className="min-w-0 break-all">{value}</code>
      {what && <CopyButton text={value} what={what} />}
    </>
  );
}

function Time({ iso }: { iso: string | null }) {
  if (iso === null) return <Missing />;
  return (
    <span>
      {formatUtc(iso) ?? 'unreadable time'}{' '}
      <time dateTime={iso} className="font-mono text-xs text-slate-600 dark:text-slate-400">
        {iso}
      </time>
    </span>
  );
}

function KeyWindowView({ signedAt, keyId, signingKey }: { signedAt: string | null; keyId: string | null; signingKey: SigningKeyInfo | null | undefined }) {
  if (!signingKey) {
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        <span aria-hidden="true">? </span>
        Key {keyId ? <code>{keyId}</code> : '(no key_id)'} is not in this app’s keyring, so its validity window is unknown.
      </p>
    );
  }
  const w = placeOnKeyWindow(signedAt, signingKey);
  const after = w.placement === 'after-rotation';
  return (
    <div className="space-y-2 text-sm">
      <p>
        Key <code>{signingKey.keyId}</code> ({signingKey.origin === 'pinned' ? 'pinned in this app' : signingKey.origin === 'user' ? 'added by you' : signingKey.origin}), fingerprint{' '}
        <code className="break-all">{signingKey.fingerprintHex}</code>
        {keyId !== null && keyId !== signingKey.keyId && (
          <span className="ml-1 font-semibold text-amber-900 dark:text-amber-200">
            <span aria-hidden="true">! </span>but the receipt names <code>{keyId}</code>
          </span>
        )}
      </p>
      {/* The bar is decoration; the sentence below carries the same facts in words. */}
      <div aria-hidden="true" className="relative h-6">
        <div className={`absolute top-1/2 right-0 left-0 h-1 -translate-y-1/2 rounded ${signingKey.rotatesAt ? 'bg-slate-300 dark:bg-slate-600' : 'bg-gradient-to-r from-slate-300 to-transparent dark:from-slate-600'}`} />
        {signingKey.rotatesAt && <div className="absolute top-0 right-[15%] h-6 w-0.5 bg-slate-700 dark:bg-slate-300" />}
        {w.placement !== 'unknown' && (
          <div className={`absolute top-1/2 h-3 w-3 -translate-x-1/2 -translate-y-1/2 rounded-full ring-2 ring-white dark:ring-slate-900 ${after ? 'left-[92%] bg-red-600' : 'left-[45%] bg-teal-600'}`} />
        )}
      </div>
      <p className={after ? 'font-semibold text-red-800 dark:text-red-200' : ''}>
        <span aria-hidden="true">{after ? '✗ ' : '● '}</span>
        {w.sentence.charAt(0).toUpperCase() + w.sentence.slice(1)}.
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-400">signed_at is the server’s own timestamp beside the signature, not covered by it.</p>
    </div>
  );
}

export function ReceiptPanel({ doc, report, signingKey }: ReceiptPanelProps) {
  const r = useMemo(() => readRecord(doc).receipt, [doc]);
  const check = report?.checks.find((c) => c.id === 'signature') ?? null;
  if (!r) {
    return (
      <section aria-label="Receipt" className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-700 dark:border-slate-600 dark:text-slate-300">
        <span aria-hidden="true">○ </span>No receipt: this record is not signed.
      </section>
    );
  }
  const unsigned = <BindingBadge binding="unsigned" />;
  return (
    <section aria-label="Receipt" className="space-y-4 text-slate-900 dark:text-slate-100">
      <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-700" data-receipt-signature={check?.status ?? "none"}>
        <h3 className="mb-1 text-sm font-semibold">Signature check in this browser</h3>
        {check ? (
          <p className="flex flex-wrap items-start gap-2 text-sm">
            <span className={`inline-flex items-center gap-1 rounded px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${STATUS_CLASS[check.status]}`}>
              <span aria-hidden="true">{STATUS_ICON[check.status]}</span>
              {STATUS_WORD[check.status]}
            </span>
            <span className="min-w-0 flex-1">{check.reason}</span>
          </p>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">Not checked yet.</p>
        )}
      </div>

      <dl className="divide-y divide-slate-100 dark:divide-slate-800">
        <Row label="Signed digest" badge={r.canonicalSha256 !== null && check?.status === 'pass' ? <BindingBadge binding="signed" /> : undefined}>
          <Mono value={r.canonicalSha256} what="signed digest" />
        </Row>
        <Row label="Key id" badge={unsigned}>
          <Mono value={r.keyId} />
        </Row>
        <Row label="Key fingerprint" badge={unsigned}>
          <Mono value={r.publicKeyFingerprint} what="key fingerprint" />
          {r.publicKeyFingerprint !== null && signingKey && (
            <span className="text-xs">
              {r.publicKeyFingerprint === signingKey.fingerprintHex ? (
                <span className="text-teal-800 dark:text-teal-300"><span aria-hidden="true">✓ </span>same as the keyring’s</span>
              ) : (
                <span className="font-semibold text-red-800 dark:text-red-200"><span aria-hidden="true">✗ </span>differs from the keyring’s</span>
              )}
            </span>
          )}
        </Row>
        <Row label="Algorithm" badge={unsigned}>
          <Mono value={r.algorithm} />
        </Row>
        <Row label="Signed message" badge={unsigned}>
          <Mono value={r.signedMessage} />
        </Row>
        <Row label="Signed at" badge={unsigned}>
          <Time iso={r.signedAt} />
        </Row>
        <Row label="First computed at" badge={unsigned}>
          <Time iso={r.firstComputedAt} />
        </Row>
        <Row label="Last reissued at" badge={unsigned}>
          <Time iso={r.lastReissuedAt} />
        </Row>
        <Row label="Signature (base64)">
          <Mono value={r.signatureB64} what="signature" />
        </Row>
        <Row label="Builder version" badge={unsigned}>
          <Mono value={r.builderVersion} />
        </Row>
        <Row label="Receipt version" badge={unsigned}>
          <Mono value={r.receiptVersion} />
        </Row>
        <Row label="Signature status (server’s word)" badge={unsigned}>
          <Mono value={r.signatureStatus} />
        </Row>
      </dl>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        The Ed25519 signature covers only the 32 bytes of the digest. The key id, times and versions beside it are unsigned: the key id only selects a key from this app’s keyring.
      </p>

      <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
        <h3 className="mb-2 text-sm font-semibold">Key validity window</h3>
        <KeyWindowView signedAt={r.signedAt} keyId={r.keyId} signingKey={signingKey} />
      </div>
    </section>
  );
}
