/**
 * Mirror configs and queries for tests of the core's mirror code: folders of one local server, each
 * a mirror laid out like pith.science, plus 'down' (a loopback port where nothing answers).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { userMirror, type MirrorConfig } from '../src/core/mirrors/mirror-config';
import { parseQuery, type Query } from '../src/core/query/parse-query';

/** One mirror per name: `${base}/${name}`, or nothing listening for 'down'; no bundle URLs. */
export function mirrorsAt(base: string, names: readonly string[]): MirrorConfig[] {
  const out: MirrorConfig[] = [];
  for (const n of names) {
    const m = userMirror(n === 'down' ? 'http://127.0.0.1:9' : `${base}/${n}`, out);
    if (!m.ok) throw new Error(m.error.message);
    out.push({ ...m.value, bundlePattern: null });
  }
  return out;
}

/** The query a user would get by typing `text`; throws when it is not one. */
export function queryOf(text: string): Query {
  const p = parseQuery(text);
  if (!p.ok) throw new Error(p.error.message);
  return p.value;
}

/**
 * The embedded mirror's sharded alias index (public/mirror: root and shards) as served files under
 * `prefix`, e.g. `/good` → `/good/alias-index.json`, `/good/alias-index/0.json`, …
 */
export function embeddedIndexFiles(prefix: string): Record<string, string> {
  const dir = new URL('../public/mirror/', import.meta.url);
  const files: Record<string, string> = { [`${prefix}/alias-index.json`]: readFileSync(new URL('alias-index.json', dir), 'utf8') };
  for (const name of readdirSync(new URL('alias-index/', dir))) files[`${prefix}/alias-index/${name}`] = readFileSync(new URL(`alias-index/${name}`, dir), 'utf8');
  return files;
}

/** Today's single-file (version 1) form of the same index, kept as a fixture (tests/fixtures/alias-index-v1.json). */
export const V1_INDEX = readFileSync(new URL('fixtures/alias-index-v1.json', import.meta.url), 'utf8');
