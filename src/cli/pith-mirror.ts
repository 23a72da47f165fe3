/**
 * pith-mirror build --out DIR [--base-url URL] [--key KEY_ID=PUBLIC_KEY]… INPUT…   (mirror-build.ts)
 *
 * Builds a static mirror tree that any static host can serve (docs/MIRROR-FORMAT.md).
 */
import { useNativeEd25519 } from '../core/crypto/ed25519';
import { loadFastSha256 } from '../core/crypto/sha256';
import { nodeEd25519 } from './node-ed25519';
import { buildKeyring } from '../core/user-keys';
import { runIfMain, type Out } from './run-main';
import { baseUrlProblem, BUILD_USAGE, buildMirror } from './mirror-build';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Runs `pith-mirror`; returns the exit code. */
export async function main(argv: string[], out: Out, errOut: (s: string) => void): Promise<number> {
  await loadFastSha256();
  useNativeEd25519(nodeEd25519);
  if (argv[0] === '--help' || argv[0] === '-h' || argv.length === 0) {
    (argv.length === 0 ? errOut : out)(BUILD_USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  if (argv[0] !== 'build') {
    errOut(`pith-mirror: unknown command ${argv[0]}\n${BUILD_USAGE}`);
    return 2;
  }
  let dir: string | null = null;
  let baseUrl: string | undefined;
  const keys: string[] = [];
  const inputs: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => argv[++i];
    if (a === '--out') dir = value() ?? null;
    else if (a === '--base-url') baseUrl = value();
    else if (a === '--key') keys.push(value() ?? '');
    else if (a === '--help' || a === '-h') return out(BUILD_USAGE), 0;
    else if (a.startsWith('-') && a !== '-') return errOut(`pith-mirror build: unknown option ${a}\n${BUILD_USAGE}`), 2;
    else inputs.push(a);
  }
  if (!dir) return errOut(`pith-mirror build: --out DIR is required\n${BUILD_USAGE}`), 2;
  if (inputs.length === 0) return errOut(`pith-mirror build: no INPUT given\n${BUILD_USAGE}`), 2;
  const problem = baseUrl === undefined ? null : baseUrlProblem(baseUrl);
  if (problem) return errOut(`pith-mirror build: --base-url ${baseUrl}: ${problem}`), 2;
  const { keyring, errors } = buildKeyring(keys.map((k) => ({ keyId: k.slice(0, Math.max(0, k.indexOf('='))), publicKey: k.slice(k.indexOf('=') + 1) })));
  if (errors.length > 0) return errOut(errors.map((e) => `pith-mirror build: --key ${e.spec.keyId}: ${e.error.message}`).join('\n')), 2;
  const r = await buildMirror(inputs, dir, keyring, baseUrl ? { baseUrl } : {});
  for (const x of r.refused) errOut(`refused ${x.input}: ${x.reason}`);
  if (r.refusedCount > r.refused.length) errOut(`… and ${r.refusedCount - r.refused.length} more refused (the first ${r.refused.length} are listed)`);
  for (const x of r.kept) errOut(`kept the existing copy for ${x.input}: ${x.reason}`);
  const i = r.index;
  out(
    `${dir}: ${r.written} written, ${r.unchanged} unchanged, ${r.kept.length} kept over, ${r.refusedCount} refused; alias index: ${i.entryCount} keys in ${i.shardCount} shards of ${i.prefixLength} hex character${i.prefixLength === 1 ? '' : 's'}, ${kb(i.totalBytes)} in all, largest shard ${i.largestShard.name} ${kb(i.largestShard.bytes)}, root ${kb(i.rootBytes)}`,
  );
  if (r.refusedCount > 0) return 1;
  return r.written + r.unchanged + r.kept.length > 0 ? 0 : 2;
}

runIfMain('pith-mirror', main);
