/**
 * Mirrors (order, on/off, add your own) and keys (the pinned one, add your
 * own). Kept in localStorage; nothing here is sent anywhere.
 */
import type { PithError } from '../../core/errors';
import { useDocumentTitle } from '../ui/use-document-title';
import { BUTTON_CLASS } from '../ui/button';
import { useState, type FormEvent } from 'react';
import { PINNED_KEYS } from '../../core/keyring';
import { useMutation } from '@tanstack/react-query';
import { userMirror, type MirrorConfig } from '../../core/mirrors/mirror-config';
import { mirrorNotes, sameAddressAs } from '../../core/mirrors/mirror-notes';
import { buildKeyring } from '../../core/user-keys';
import { testMirror, type MirrorTest } from '../mirrors/test-mirror';
import { ManifestImportForm } from './manifest-import';
import { ASIDE_KEY, dismissDropped, updateSettings, useDroppedSettings, useSettings } from './settings-store';

function move<T>(list: readonly T[], i: number, by: number): T[] {
  const out = [...list];
  const j = i + by;
  if (j < 0 || j >= out.length) return out;
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

const input = 'w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-sm dark:border-slate-600 dark:bg-slate-900';
const button = BUTTON_CLASS;

function MirrorTestResult({ test }: { test: MirrorTest }) {
  return (
    <ul className="mt-1 w-full space-y-1 text-xs" data-testid="mirror-test" data-ok={test.ok ? 'yes' : 'no'}>
      {test.probes.map((p) => (
        <li key={p.what} className={p.ok ? 'text-emerald-800 dark:text-emerald-300' : 'text-red-800 dark:text-red-300'} data-probe={p.what} data-ok={p.ok ? 'yes' : 'no'}>
          <span aria-hidden="true">{p.ok ? '✓ ' : '✗ '}</span>
          <span className="font-medium">{p.what}</span>: {p.message} <span className="text-slate-500 dark:text-slate-400">({p.ms} ms)</span>
          <span className="block font-mono break-all text-slate-500 dark:text-slate-400">{p.url}</span>
        </li>
      ))}
    </ul>
  );
}

function MirrorRow({ mirror: m, index: i, count }: { mirror: MirrorConfig; index: number; count: number }) {
  const { userKeys } = useSettings();
  // An explicit user action, so a mutation: nothing is fetched until the button is pressed.
  const test = useMutation({ mutationFn: () => testMirror(m, userKeys) });
  return (
    <li className="flex flex-wrap items-center gap-2 rounded border border-slate-200 p-2 dark:border-slate-700" data-mirror={m.id}>
      <label className="flex items-center gap-2">
        <input type="checkbox" className="size-6" checked={m.enabled} onChange={() => updateSettings((s) => ({ ...s, mirrors: s.mirrors.map((x) => (x.id === m.id ? { ...x, enabled: !x.enabled } : x)) }))} />
        <span className="font-medium">{m.name}</span>
      </label>
      <span className="font-mono text-xs break-all text-slate-500 dark:text-slate-400">{m.baseUrl}</span>
      <span className="text-xs text-slate-500 dark:text-slate-400">{m.origin === 'user' ? 'added by you' : m.origin === 'embedded' ? 'ships with the app' : 'default'}</span>
      <span className="ml-auto flex gap-1">
        {/* aria-disabled, not disabled: a disabled button drops the focus it holds to <body> (a walk-through, 2026-12-03). */}
        <button type="button" className={`${button} aria-disabled:cursor-wait aria-disabled:opacity-60`} aria-disabled={test.isPending} onClick={() => !test.isPending && test.mutate()} aria-label={`Test ${m.name}`}>
          {test.isPending ? 'Testing…' : 'Test'}
        </button>
        <button type="button" className={button} disabled={i === 0} onClick={() => updateSettings((s) => ({ ...s, mirrors: move(s.mirrors, i, -1) }))} aria-label={`Move ${m.name} up`}>
          ↑
        </button>
        <button type="button" className={button} disabled={i === count - 1} onClick={() => updateSettings((s) => ({ ...s, mirrors: move(s.mirrors, i, 1) }))} aria-label={`Move ${m.name} down`}>
          ↓
        </button>
        {m.origin === 'user' && (
          <button type="button" className={button} onClick={() => updateSettings((s) => ({ ...s, mirrors: s.mirrors.filter((x) => x.id !== m.id) }))} aria-label={`Remove ${m.name}`}>
            Remove
          </button>
        )}
      </span>
      {mirrorNotes(m).map((note) => (
        <p key={note} className="w-full text-xs text-amber-800 dark:text-amber-300" data-testid="mirror-note">
          {note}
        </p>
      ))}
      <div aria-live="polite" className="w-full empty:hidden">
        {test.data && <MirrorTestResult test={test.data} />}
      </div>
    </li>
  );
}

function DroppedNotice() {
  const dropped = useDroppedSettings();
  if (dropped.length === 0) return null;
  return (
    <section role="alert" className="space-y-2 rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100" data-testid="dropped-settings">
      <h2 className="font-semibold">Some stored settings were not used</h2>
      <p>They did not pass the checks a new entry must pass. The stored text is kept aside in this browser's storage under <code>{ASIDE_KEY}</code>.</p>
      <ul className="list-disc pl-5">
        {dropped.map((d, i) => (
          <li key={i} data-dropped={d.what}>
            <span className="font-medium">{d.what}</span>: {d.reason}
          </li>
        ))}
      </ul>
      <button type="button" className={button} onClick={dismissDropped}>
        Dismiss
      </button>
    </section>
  );
}

function MirrorSettings() {
  const { mirrors } = useSettings();
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  function add(e: FormEvent) {
    e.preventDefault();
    const m = userMirror(url, mirrors);
    if (!m.ok) return setError(m.error.message);
    const same = sameAddressAs(m.value, mirrors, location.origin);
    if (same) return setError(`${m.value.baseUrl} is already in the mirror list (${same.name}).`);
    updateSettings((s) => ({ ...s, mirrors: [...s.mirrors, m.value] }));
    setUrl('');
    setError(null);
  }
  return (
    <section aria-labelledby="mirrors-heading" className="space-y-3">
      <h2 id="mirrors-heading" className="text-lg font-semibold">
        Mirrors
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">Asked in this order, each with an 8 s timeout, with no cookies or credentials. What a mirror serves is verified like a dropped file: a mirror is never trusted, only used. Test asks a mirror for its alias index and one record and says what came back.</p>
      <ol className="space-y-2" data-testid="mirror-list">
        {mirrors.map((m, i) => (
          <MirrorRow key={m.id} mirror={m} index={i} count={mirrors.length} />
        ))}
      </ol>
      <form onSubmit={add} className="space-y-1">
        <label htmlFor="mirror-url" className="block text-sm font-medium">
          Add a mirror (https base URL, or http on this machine; records at <code>/pith/&lt;SUFFIX&gt;.json</code>, optional <code>/alias-index.json</code>)
        </label>
        <div className="flex gap-2">
          <input id="mirror-url" className={input} value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://mirror.example.org" aria-invalid={error !== null} aria-describedby="mirror-url-error" />
          <button type="submit" className={button}>
            Add
          </button>
        </div>
        <p id="mirror-url-error" role={error ? 'alert' : undefined} className="min-h-5 text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      </form>
      <ManifestImportForm />
    </section>
  );
}

/** The form's own words for the field a key error names ("publicKey: …" read as code: a walk-through, 2026-12-03). */
const KEY_FIELD_LABEL: Readonly<Record<string, string>> = { publicKey: 'Public key', keyId: 'Key id' };
function formMessage(e: PithError): string {
  const label = e.path !== undefined ? KEY_FIELD_LABEL[e.path] : undefined;
  return label && e.message.startsWith(`${e.path}: `) ? `${label}: ${e.message.slice(e.path!.length + 2)}` : e.message;
}

function KeySettings() {
  const { userKeys } = useSettings();
  const [keyId, setKeyId] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  // A stored key whose text reads but whose bytes are no usable Ed25519 point (read-settings.ts checks
  // only the text) is not in the keyring: it is listed here with the keyring's reason.
  const { keyring, errors: unusable } = buildKeyring(userKeys);
  function add(e: FormEvent) {
    e.preventDefault();
    const spec = { keyId, publicKey };
    const { errors, keyring: next } = buildKeyring([...userKeys, spec]);
    if (errors.length > 0) return setError(formMessage(errors[errors.length - 1]!.error));
    // The same id with the same bytes changes nothing: said, not silently accepted (a walk-through, 2026-12-03).
    if (next.list().length === keyring.list().length) return setError(`${keyId.trim()} is already in your keyring with this public key.`);
    updateSettings((s) => ({ ...s, userKeys: [...s.userKeys, spec] }));
    setKeyId('');
    setPublicKey('');
    setError(null);
  }
  return (
    <section aria-labelledby="keys-heading" className="space-y-3">
      <h2 id="keys-heading" className="text-lg font-semibold">
        Trusted signing keys
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">Signatures are checked only against these keys, never against a key a record or mirror offers. A record signed by a key not listed here shows “signer unknown”.</p>
      <ul className="space-y-2" data-testid="key-list">
        {keyring.list().map((k) => {
          const same = keyring.sameKeyAs(k.keyId);
          return (
            <li key={k.keyId} className="rounded border border-slate-200 p-2 text-sm dark:border-slate-700">
              <span className="font-mono font-medium">{k.keyId}</span> <span className="text-xs text-slate-500 dark:text-slate-400">{PINNED_KEYS.includes(k) ? 'pinned in this build' : 'added by you'}</span>
              <div className="font-mono text-xs break-all text-slate-600 dark:text-slate-400">fingerprint {k.fingerprintHex}</div>
              {same.length > 0 && (
                <p className="text-xs text-amber-800 dark:text-amber-300" data-testid="same-key">
                  The same public key as {same.join(', ')}: a receipt naming either id is checked against this one key.
                </p>
              )}
              {!PINNED_KEYS.includes(k) && (
                <button type="button" className={`${button} mt-1`} onClick={() => updateSettings((s) => ({ ...s, userKeys: s.userKeys.filter((u) => u.keyId !== k.keyId) }))}>
                  Remove
                </button>
              )}
            </li>
          );
        })}
        {unusable.map(({ spec, error: why }) => (
          <li key={`unusable:${spec.keyId}`} className="rounded border border-red-300 p-2 text-sm dark:border-red-700" data-testid="unusable-key">
            <span className="font-mono font-medium">{spec.keyId}</span> <span className="text-xs text-red-800 dark:text-red-300">not used: {why.message}</span>
            <div>
              <button type="button" className={`${button} mt-1`} onClick={() => updateSettings((s) => ({ ...s, userKeys: s.userKeys.filter((u) => u !== spec) }))}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="grid items-end gap-2 sm:grid-cols-[12rem_1fr_auto]">
        {/* Visible labels: a placeholder alone is gone once typing starts. */}
        <div className="space-y-1">
          <label className="block text-sm font-medium" htmlFor="key-id">
            Key id
          </label>
          <input id="key-id" className={input} value={keyId} onChange={(e) => setKeyId(e.target.value)} placeholder="pith-v2-2027-01" aria-invalid={error !== null} aria-describedby="key-error" />
        </div>
        <div className="space-y-1">
          <label className="block text-sm font-medium" htmlFor="key-public">
            Public key (Ed25519: 64 hex or 44 base64 characters)
          </label>
          <input id="key-public" className={input} value={publicKey} onChange={(e) => setPublicKey(e.target.value)} placeholder="64 hex or 44 base64 characters" aria-invalid={error !== null} aria-describedby="key-error" />
        </div>
        <button type="submit" className={button}>
          Add key
        </button>
        <p id="key-error" role={error ? 'alert' : undefined} className="min-h-5 text-xs text-red-700 sm:col-span-3 dark:text-red-300">
          {error}
        </p>
      </form>
    </section>
  );
}

export function SettingsPage() {
  useDocumentTitle('Mirrors & keys');
  return (
    <div className="mx-auto max-w-3xl space-y-10 py-8">
      <h1 className="text-2xl font-semibold">Mirrors &amp; keys</h1>
      <DroppedNotice />
      <MirrorSettings />
      <KeySettings />
    </div>
  );
}
