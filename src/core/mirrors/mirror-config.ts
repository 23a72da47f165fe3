/**
 * Mirrors, described like pith-mirrors.json (FORMAT.md §6): a base URL and URL
 * patterns with `{suffix}`. A mirror is only a place to fetch from: what it
 * serves is verified like any other document, and its advertised key is never
 * trusted (keys come from the keyring).
 *
 * @module mirror-config
 */
import { pithError, type Result, ok, err } from '../errors';

export interface MirrorConfig {
  readonly id: string;
  readonly name: string;
  /** Absolute (https://pith.science) or app-relative (/mirror). */
  readonly baseUrl: string;
  /** Record document, e.g. `{base}/pith/{suffix}.json`. */
  readonly recordPattern: string;
  /** Open graph bundle, tried when the record document is not found. */
  readonly bundlePattern: string | null;
  /** Alias index (arXiv id / DOI / pith_short_* → suffix); null when the mirror has none. */
  readonly aliasIndexUrl: string | null;
  readonly origin: 'embedded' | 'default' | 'user';
  readonly enabled: boolean;
}

export const EMBEDDED_MIRROR: MirrorConfig = {
  id: 'embedded',
  name: 'Embedded sample mirror',
  baseUrl: '/mirror',
  recordPattern: '{base}/pith/{suffix}.json',
  bundlePattern: null,
  aliasIndexUrl: '{base}/alias-index.json',
  origin: 'embedded',
  enabled: true,
};

/** pith.science itself (FORMAT.md §5–§6). It has no known arXiv/DOI resolve API, so no alias index. */
export const PITH_SCIENCE_MIRROR: MirrorConfig = {
  id: 'pith-science',
  name: 'pith.science',
  baseUrl: 'https://pith.science',
  recordPattern: '{base}/pith/{suffix}.json',
  bundlePattern: '{base}/pith/{suffix}/bundle.json',
  aliasIndexUrl: null,
  origin: 'default',
  enabled: true,
};

export const DEFAULT_MIRRORS: readonly MirrorConfig[] = [EMBEDDED_MIRROR, PITH_SCIENCE_MIRROR];

/** A mirror URL pattern with {base} and {suffix} filled in. */
export function expandPattern(pattern: string, mirror: MirrorConfig, suffix = ''): string {
  return pattern.replaceAll('{base}', mirror.baseUrl.replace(/\/+$/, '')).replaceAll('{suffix}', suffix);
}

/**
 * Whether plain http may reach this host: `localhost`, `*.localhost` (RFC 6761 §6.3) or 127.0.0.1,
 * the loopback names a Content-Security-Policy can list (config/security-policy.ts: CSP host
 * sources have no IPv6 literal and no address ranges, so [::1] and the rest of 127.0.0.0/8 cannot be
 * allowed there, and the rule here is the same so the app never accepts a mirror its page would block).
 * Anything else over http could be read or rewritten on the way, and although a record is verified
 * whatever carries it, a mirror's alias index is not signed and would steer lookups.
 */
export function isPlainHttpHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return PLAIN_HTTP_HOSTS.some((p) => (p.startsWith('*.') ? h.endsWith(p.slice(1)) : h === p));
}

/** The hosts plain http may reach, as CSP host sources write them; the policy is built from this list. */
export const PLAIN_HTTP_HOSTS: readonly string[] = ['localhost', '*.localhost', '127.0.0.1'];

/**
 * A mirror the user types in settings: a base URL laid out like pith.science
 * (`/pith/<SUFFIX>.json`, optional `/alias-index.json`). https only, or http on this machine;
 * never with a user name or password in it (the app sends no credentials, and a password in a
 * URL would be kept in plain view in settings and in every report that names the mirror).
 */
export function userMirror(input: string, existing: readonly MirrorConfig[]): Result<MirrorConfig> {
  const raw = input.trim().replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return err(pithError('bad-query', `'${input.trim()}' is not a URL; expected a mirror base URL such as https://mirror.example.org (records at /pith/<SUFFIX>.json).`));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return err(pithError('bad-query', `A mirror URL must start with https:// (or http:// for one on this machine); got ${url.protocol}.`));
  if (url.protocol === 'http:' && !isPlainHttpHost(url.hostname)) {
    return err(pithError('bad-query', `Plain http:// is accepted only for a mirror on this machine named localhost, *.localhost or 127.0.0.1 (the names the page's security policy can allow); ${url.host} needs https://.`));
  }
  if (url.username || url.password) return err(pithError('bad-query', 'A mirror URL may not hold a user name or password: this app never sends credentials to a mirror. Give the URL without the part before @.'));
  // A lone '?' or '#' leaves url.search and url.hash empty, and would still turn every path after it into a query or fragment.
  if (url.search || url.hash || /[?#]/.test(raw)) return err(pithError('bad-query', 'A mirror base URL has no ?query or #fragment; give the folder that holds pith/<SUFFIX>.json.'));
  const baseUrl = url.toString().replace(/\/+$/, '');
  // A record's or an index's own URL, pasted for the folder: say which folder was meant.
  const file = /^(.*?)(?:\/pith\/[^/]+(?:\/bundle)?\.json|\/alias-index\/[^/]+\.json|\/[^/]+\.json)$/.exec(baseUrl);
  if (file) return err(pithError('bad-query', `${baseUrl} is a file; a mirror base URL is the folder that holds pith/<SUFFIX>.json, here probably ${file[1]}.`));
  if (existing.some((m) => m.baseUrl === baseUrl)) return err(pithError('bad-query', `${baseUrl} is already in the mirror list.`));
  return ok({
    id: `user:${baseUrl}`,
    // The host and path: two mirrors on one host (two folders of one github.io) must be told apart.
    name: `${url.host}${url.pathname.replace(/\/+$/, '')}`,
    baseUrl,
    recordPattern: '{base}/pith/{suffix}.json',
    bundlePattern: '{base}/pith/{suffix}/bundle.json',
    aliasIndexUrl: '{base}/alias-index.json',
    origin: 'user',
    enabled: true,
  });
}
