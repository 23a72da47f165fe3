/**
 * "Add mirrors from a manifest" (issue 11): a pith-mirrors.json from a URL or a file. The core reads
 * it (readMirrorManifest): mirrors by the same rule as one typed in, patterns that leave the mirror
 * or its layout not used, and the manifest's key compared with the keyring's, never trusted. What
 * was added, refused and warned is said here, and the mirrors are added only when the user confirms.
 */
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { readMirrorManifest, type ManifestImport } from '../../core/mirrors/mirror-manifest';
import { decodeInput } from '../../core/documents/decode-input';
import { buildKeyring } from '../../core/user-keys';
import { fetchText } from '../mirrors/fetch-with-timeout';
import { Button } from '../ui/button';
import { plural } from '../ui/plural';
import { updateSettings, useSettings } from './settings-store';

const input = 'w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-sm dark:border-slate-600 dark:bg-slate-900';
/** A manifest lists a few mirrors: past this it is not read. */
const MAX_MANIFEST_BYTES = 1024 * 1024;

async function manifestText(source: { url: string } | { file: File }): Promise<string> {
  if ('file' in source) {
    if (source.file.size > MAX_MANIFEST_BYTES) throw new Error(`${source.file.name} is over 1 MB: a manifest lists a few mirrors`);
    const text = decodeInput(new Uint8Array(await source.file.arrayBuffer()));
    if (!text.ok) throw new Error(`${source.file.name}: ${text.error.message}`);
    return text.value;
  }
  const got = await fetchText(source.url, undefined, undefined, MAX_MANIFEST_BYTES);
  if (got.kind !== 'ok') throw new Error(`${source.url}: ${got.message}`);
  return got.text;
}

function Outcome({ result, onAdd }: { result: ManifestImport; onAdd: () => void }) {
  return (
    <div className="space-y-2 text-sm" data-testid="manifest-import">
      {result.warnings.length > 0 && (
        <ul className="space-y-1 rounded border border-amber-300 bg-amber-50 p-2 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100" data-testid="manifest-warnings">
          {result.warnings.map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      )}
      {result.refused.length > 0 && (
        <ul className="space-y-1" data-testid="manifest-refused">
          {result.refused.map((w) => (
            <li key={w}>✗ not added: {w}</li>
          ))}
        </ul>
      )}
      {result.mirrors.length > 0 ? (
        <>
          <ul className="space-y-1 font-mono text-xs" data-testid="manifest-mirrors">
            {result.mirrors.map((m) => (
              <li key={m.id}>{m.baseUrl}</li>
            ))}
          </ul>
          <Button onClick={onAdd}>Add {plural(result.mirrors.length, 'mirror')}</Button>
        </>
      ) : (
        <p>Nothing to add.</p>
      )}
    </div>
  );
}

export function ManifestImportForm() {
  const { mirrors, userKeys } = useSettings();
  const [url, setUrl] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const read = useMutation({
    mutationFn: async (source: { url: string } | { file: File }) => {
      let value: unknown;
      try {
        value = JSON.parse(await manifestText(source));
      } catch (e) {
        throw e instanceof SyntaxError ? new Error('not JSON: expected a pith-mirrors.json') : e;
      }
      const r = readMirrorManifest(value, mirrors, buildKeyring(userKeys).keyring);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    },
    onMutate: () => setAdded(null),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    if (url.trim()) read.mutate({ url: url.trim() });
  }
  function addAll(result: ManifestImport) {
    updateSettings((s) => ({ ...s, mirrors: [...s.mirrors, ...result.mirrors.filter((m) => !s.mirrors.some((x) => x.baseUrl === m.baseUrl))] }));
    setAdded(`${plural(result.mirrors.length, 'mirror')} added; each is asked after the ones above it.`);
    read.reset();
  }
  return (
    <form onSubmit={submit} className="space-y-2" aria-labelledby="manifest-heading">
      <p id="manifest-heading" className="text-sm font-medium">
        Or add mirrors from a manifest (<code>pith-mirrors.json</code>): a URL, or a file. Its key is never trusted; it is compared with your keyring&apos;s.
      </p>
      <div className="flex flex-wrap gap-2">
        <input className={`${input} min-w-0 flex-1`} value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://mirror.example.org/pith-mirrors.json" aria-label="Manifest URL" />
        <Button type="submit">Read</Button>
        <label className="inline-flex cursor-pointer items-center text-sm underline">
          a file…
          <input type="file" accept=".json,application/json" className="sr-only" data-testid="manifest-file" onChange={(e) => e.target.files?.[0] && read.mutate({ file: e.target.files[0] })} />
        </label>
      </div>
      {read.isPending && <p className="text-sm">Reading the manifest…</p>}
      {read.isError && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {read.error.message}
        </p>
      )}
      {read.data && <Outcome result={read.data} onAdd={() => addAll(read.data)} />}
      <p role="status" className="text-sm">
        {added}
      </p>
    </form>
  );
}
