/**
 * The receipt: who signed, when, with which key, and what this browser found when it checked the
 * signature, all from the core's evidence (report.evidence). Only the 32-byte digest is signed
 * (FORMAT.md §4): every other receipt field is unbound, which one legend says instead of a badge on
 * every line.
 */
import type { ReactNode } from 'react';
import type { EvidenceKey, ReceiptField } from '../../core/verify/report-types';
import type { VerifyReport } from '../../core/verify/verify-document';
import { BindingBadge } from '../ui/binding-badge';
import { CopyButton } from '../ui/copy-button';
import { StatusPill } from '../ui/status-pill';
import { formatUtc } from './format-time';
import { placeOnKeyWindow } from './key-window';

export interface ReceiptPanelProps {
  report: VerifyReport;
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

function KeyWindowView({ signedAt, keyId, signingKey }: { signedAt: string | null; keyId: string | null; signingKey: EvidenceKey | null }) {
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
      {/* The bar and its labels are a picture of the sentence below, which carries the same facts in words. */}
      <div aria-hidden="true" data-testid="key-window-bar">
        <div className="relative h-6">
          <div className={`absolute top-1/2 right-0 left-0 h-1 -translate-y-1/2 rounded ${w.rotationDay ? 'bg-slate-300 dark:bg-slate-600' : 'bg-gradient-to-r from-slate-300 to-transparent dark:from-slate-600'}`} />
          {w.rotationDay && <div className="absolute top-0 right-[15%] h-6 w-0.5 bg-slate-700 dark:bg-slate-300" />}
          {w.placement !== 'unknown' && (
            <div className={`absolute top-1/2 h-3 w-3 -translate-x-1/2 -translate-y-1/2 rounded-full ring-2 ring-white dark:ring-slate-900 ${after ? 'left-[92%] bg-red-600' : 'left-[45%] bg-teal-600'}`} />
          )}
        </div>
        <div className="relative h-8 text-[11px] leading-tight text-slate-600 dark:text-slate-400">
          <span className="absolute left-0">start not stated by the keyring</span>
          {w.signedDay && (
            <span className={`absolute top-4 -translate-x-1/2 font-mono whitespace-nowrap ${after ? 'left-[80%]' : 'left-[45%]'}`} data-label="signed">
              signed {w.signedDay}
            </span>
          )}
          <span className="absolute right-0 text-right" data-label="rotation">
            {w.rotationDay ? <span className="font-mono">rotates {w.rotationDay}</span> : 'no rotation date'}
          </span>
        </div>
      </div>
      <p className={after ? 'font-semibold text-red-800 dark:text-red-200' : ''}>
        <span aria-hidden="true">{after ? '✗ ' : '● '}</span>
        {w.sentence.charAt(0).toUpperCase() + w.sentence.slice(1)}.
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-400">signed_at is the server’s own timestamp beside the signature, not covered by it.</p>
    </div>
  );
}

const ROWS: readonly { key: string; label: string; kind: 'mono' | 'time'; copy?: string }[] = [
  { key: 'canonical_sha256', label: 'Signed digest', kind: 'mono', copy: 'signed digest' },
  { key: 'key_id', label: 'Key id', kind: 'mono' },
  { key: 'public_key_fingerprint', label: 'Key fingerprint', kind: 'mono', copy: 'key fingerprint' },
  { key: 'algorithm', label: 'Algorithm', kind: 'mono' },
  { key: 'signed_message', label: 'Signed message', kind: 'mono' },
  { key: 'signed_at', label: 'Signed at', kind: 'time' },
  { key: 'first_computed_at', label: 'First computed at', kind: 'time' },
  { key: 'last_reissued_at', label: 'Last reissued at', kind: 'time' },
  { key: 'signature_b64', label: 'Signature (base64)', kind: 'mono', copy: 'signature' },
  { key: 'builder_version', label: 'Builder version', kind: 'mono' },
  { key: 'receipt_version', label: 'Receipt version', kind: 'mono' },
  { key: 'signature_status', label: 'Signature status (server’s word)', kind: 'mono' },
];

export function ReceiptPanel({ report }: ReceiptPanelProps) {
  const receipt = report.evidence.receipt;
  const key = report.evidence.key;
  const check = report.checks.find((c) => c.id === 'signature') ?? null;
  if (!receipt) {
    return (
      <section aria-label="Receipt" className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-700 dark:border-slate-600 dark:text-slate-300">
        <span aria-hidden="true">○ </span>No receipt: this record is not signed.
      </section>
    );
  }
  const byKey = new Map<string, ReceiptField>(receipt.fields.map((f) => [f.key, f]));
  const value = (k: string) => byKey.get(k)?.value ?? null;
  const fingerprint = value('public_key_fingerprint');
  return (
    <section aria-label="Receipt" className="space-y-4 text-slate-900 dark:text-slate-100" data-testid="receipt-panel">
      <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-700" data-receipt-signature={check?.status ?? 'none'}>
        <h3 className="mb-1 text-sm font-semibold">Signature check in this browser</h3>
        {check ? (
          <p className="flex flex-wrap items-start gap-2 text-sm">
            <StatusPill status={check.status} />
            <span className="min-w-0 flex-1 [overflow-wrap:anywhere]">{check.reason}</span>
          </p>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">Not checked yet.</p>
        )}
      </div>

      <dl className="divide-y divide-slate-100 dark:divide-slate-800">
        {ROWS.map((row) => {
          const f = byKey.get(row.key) ?? null;
          return (
            <Row key={row.key} label={row.label} badge={f && f.binding !== 'unbound' ? <BindingBadge binding={f.binding} /> : undefined}>
              {row.kind === 'time' ? <Time iso={f?.value ?? null} /> : <Mono value={f?.value ?? null} {...(row.copy ? { what: row.copy } : {})} />}
              {row.key === 'public_key_fingerprint' && fingerprint !== null && key && (
                <span className="text-xs">
                  {fingerprint === key.fingerprintHex ? (
                    <span className="text-teal-800 dark:text-teal-300">
                      <span aria-hidden="true">✓ </span>same as the keyring’s
                    </span>
                  ) : (
                    <span className="font-semibold text-red-800 dark:text-red-200">
                      <span aria-hidden="true">✗ </span>differs from the keyring’s
                    </span>
                  )}
                </span>
              )}
            </Row>
          );
        })}
      </dl>
      <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400" data-testid="receipt-legend">
        <BindingBadge binding="unbound" /> Every field without a mark is unbound: the Ed25519 signature covers only the 32 bytes of the digest. The key id only selects a key from this app’s keyring.
      </p>

      <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
        <h3 className="mb-2 text-sm font-semibold">Key validity window</h3>
        <KeyWindowView signedAt={value('signed_at')} keyId={receipt.keyId} signingKey={key} />
      </div>
    </section>
  );
}
