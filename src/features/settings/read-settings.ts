/**
 * Stored settings, validated again on every read (issue 9): localStorage is written by this app but
 * can be edited by hand, by an extension, or by an older build. Each mirror and key is checked on
 * its own by the same rules as when it was added, so one bad entry drops only itself, and every
 * entry dropped is named with the reason, for the settings page to show.
 */
import { DEFAULT_MIRRORS, PITH_SCIENCE_MIRROR, userMirror, type MirrorConfig } from '../../core/mirrors/mirror-config';
import { visibleText } from '../../core/text/visible-text';
import { readKeyText } from '../../core/key-text';
import type { UserKeySpec } from '../../core/user-keys';
import { formatCount } from '../../core/text/format-count';

export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  readonly mirrors: readonly MirrorConfig[];
  readonly userKeys: readonly UserKeySpec[];
  readonly theme: Theme;
}

/** One stored entry that was not used, and why. */
export interface DroppedSetting {
  readonly what: string;
  readonly reason: string;
}

/**
 * pith.science through `npm start`'s same-origin proxy (config/local-proxy.ts), when the server that
 * sent this page named one in `<meta name="pith-science-proxy">`: the same built-in mirror (same id,
 * same layout), asked on the app's own origin, where no CORS is needed. Never in the static build.
 */
function proxiedPithScience(): MirrorConfig | null {
  if (typeof document === 'undefined') return null;
  const path = document.querySelector('meta[name="pith-science-proxy"]')?.getAttribute('content') ?? '';
  // Only a same-origin path: a page cannot be steered to another host by this element.
  if (!/^\/[\w-]+$/.test(path)) return null;
  return { ...PITH_SCIENCE_MIRROR, name: 'pith.science (through npm start’s local proxy)', baseUrl: path, recordPattern: '{base}/pith/{suffix}.json' };
}

const PROXIED = proxiedPithScience();

/** The built-in mirrors of this page: DEFAULT_MIRRORS, with pith.science through the local proxy when there is one. */
export const BUILT_IN_MIRRORS: readonly MirrorConfig[] = PROXIED ? DEFAULT_MIRRORS.map((m) => (m.id === PROXIED.id ? PROXIED : m)) : DEFAULT_MIRRORS;

export const DEFAULT_SETTINGS: Settings = { mirrors: BUILT_IN_MIRRORS, userKeys: [], theme: 'system' };

/**
 * What is read back of a stored mirror: a built-in one by its id, a user one by its base URL (its
 * patterns are rebuilt from it), and whether it is enabled; the patterns only to say when they were
 * not used. Checked by hand, not by a schema library: this runs before the first screen, and the
 * first load carries no code it does not need (issue 10).
 */
interface StoredMirror {
  readonly id: string;
  readonly baseUrl: string;
  readonly origin: 'embedded' | 'default' | 'user';
  readonly enabled: boolean;
  readonly recordPattern?: unknown;
  readonly bundlePattern?: unknown;
  readonly aliasIndexUrl?: unknown;
}

type Check<T> = { ok: true; value: T } | { ok: false; reason: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The first field that is missing or of the wrong type, in words ("it has no baseUrl"). */
function fieldProblem(item: Record<string, unknown>, fields: readonly (readonly [string, 'string' | 'boolean' | readonly string[], boolean?])[]): string | null {
  for (const [name, type, optional] of fields) {
    const has = Object.prototype.hasOwnProperty.call(item, name);
    const v = has ? item[name] : undefined;
    if (v === undefined) {
      if (optional) continue;
      return `it has no ${name}`;
    }
    if (Array.isArray(type)) {
      if (!type.includes(v as string)) return `its ${name} is not one of ${type.map((t) => JSON.stringify(t)).join(', ')}`;
    } else if (typeof v !== type) return `its ${name} is not ${type === 'boolean' ? 'true or false' : `a ${type}`}`;
  }
  return null;
}

function storedMirror(item: unknown): Check<StoredMirror> {
  if (!isRecord(item)) return { ok: false, reason: 'not an object with the fields this app stores' };
  const problem = fieldProblem(item, [
    ['id', 'string'],
    ['baseUrl', 'string'],
    ['origin', ['embedded', 'default', 'user']],
    ['enabled', 'boolean'],
  ]);
  return problem ? { ok: false, reason: problem } : { ok: true, value: item as unknown as StoredMirror };
}

function storedKey(item: unknown): Check<UserKeySpec> {
  if (!isRecord(item)) return { ok: false, reason: 'not an object with the fields this app stores' };
  const problem = fieldProblem(item, [
    ['keyId', 'string'],
    ['publicKey', 'string'],
    ['note', 'string', true],
  ]);
  if (problem) return { ok: false, reason: problem };
  const { keyId, publicKey, note } = item as { keyId: string; publicKey: string; note?: string };
  return { ok: true, value: note === undefined ? { keyId, publicKey } : { keyId, publicKey, note } };
}

/** Stated limit: more stored mirrors or keys than anyone configures are not read (each is re-checked against the others). */
export const MAX_STORED_ENTRIES = 100;
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** The entries to read, and a note when a list is longer than MAX_STORED_ENTRIES. */
function capped(value: unknown, what: string, dropped: DroppedSetting[]): unknown[] {
  if (value !== undefined && !Array.isArray(value)) dropped.push({ what: `the ${what} list`, reason: 'not a list' });
  const list = Array.isArray(value) ? value : [];
  if (list.length > MAX_STORED_ENTRIES) dropped.push({ what: `${formatCount(list.length - MAX_STORED_ENTRIES)} ${what}s`, reason: `only the first ${MAX_STORED_ENTRIES} stored ${what}s are read` });
  return list.slice(0, MAX_STORED_ENTRIES);
}

/** Whether a stored entry's URL patterns are the ones the app would write (absent ones count as the same). */
function samePatterns(stored: { baseUrl?: unknown; recordPattern?: unknown; bundlePattern?: unknown; aliasIndexUrl?: unknown }, actual: MirrorConfig, withBase = false): boolean {
  return ([...(withBase ? ['baseUrl' as const] : []), 'recordPattern', 'bundlePattern', 'aliasIndexUrl'] as const).every((k) => stored[k] === undefined || stored[k] === actual[k]);
}

function readMirrors(value: unknown, dropped: DroppedSetting[]): MirrorConfig[] {
  const mirrors: MirrorConfig[] = [];
  for (const [i, item] of capped(value, 'mirror', dropped).entries()) {
    const parsed = storedMirror(item);
    if (!parsed.ok) {
      dropped.push({ what: `mirror ${i + 1}`, reason: parsed.reason });
      continue;
    }
    const m = parsed.value;
    if (m.origin !== 'user') {
      // Built-in mirrors always come from this build, so a stale stored copy cannot point them elsewhere.
      const builtIn = BUILT_IN_MIRRORS.find((d) => d.id === m.id);
      if (builtIn && !mirrors.some((x) => x.id === builtIn.id)) {
        mirrors.push({ ...builtIn, enabled: m.enabled });
        // Stored by the static build or by npm start (its proxy path): either is this build's own.
        const forms = [builtIn, ...DEFAULT_MIRRORS.filter((d) => d.id === m.id)];
        if (!forms.some((f) => samePatterns(m, f, true))) dropped.push({ what: `the stored addresses of ${builtIn.name}`, reason: 'they differ from this build’s; the build’s are used' });
      } else if (!builtIn) dropped.push({ what: `mirror ${visibleText(m.id)}`, reason: `stored as built in, but this build has no mirror '${visibleText(m.id)}'` });
      continue;
    }
    // A user mirror is rebuilt from its base URL by the rules it was added by: stored URL patterns
    // are never trusted to point elsewhere.
    const again = userMirror(m.baseUrl, mirrors);
    if (!again.ok) dropped.push({ what: `mirror ${visibleText(m.baseUrl)}`, reason: again.error.message });
    else {
      mirrors.push({ ...again.value, enabled: m.enabled });
      if (!samePatterns(m, again.value)) dropped.push({ what: `the stored URL patterns of ${visibleText(m.baseUrl)}`, reason: 'rebuilt from its base URL by the rules it was added by; the stored ones were not used' });
    }
  }
  for (const d of BUILT_IN_MIRRORS) if (!mirrors.some((m) => m.id === d.id)) mirrors.push(d);
  return mirrors;
}

function readKeys(value: unknown, dropped: DroppedSetting[]): UserKeySpec[] {
  const keys: UserKeySpec[] = [];
  for (const [i, item] of capped(value, 'key', dropped).entries()) {
    const parsed = storedKey(item);
    if (!parsed.ok) {
      dropped.push({ what: `key ${i + 1}`, reason: parsed.reason });
      continue;
    }
    const spec = parsed.value;
    // The key's text only (key-text.ts): whether its bytes are a usable Ed25519 point is checked
    // where a keyring is built, and the settings page shows a key that is not.
    const read = readKeyText(spec);
    const what = `key ${visibleText(spec.keyId) || i + 1}`;
    if (!read.ok) dropped.push({ what, reason: read.error.message });
    else if (keys.some((k) => k.keyId.trim() === read.value.keyId)) dropped.push({ what, reason: `a key with the id ${read.value.keyId} is stored already; the first one is used` });
    else keys.push(spec);
  }
  return keys;
}

/** Settings from their stored text (null: nothing stored), with every entry that was not used. */
export function readStoredSettings(raw: string | null): { settings: Settings; dropped: DroppedSetting[] } {
  if (raw === null) return { settings: DEFAULT_SETTINGS, dropped: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { settings: DEFAULT_SETTINGS, dropped: [{ what: 'all stored settings', reason: 'not JSON' }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { settings: DEFAULT_SETTINGS, dropped: [{ what: 'all stored settings', reason: 'not a JSON object' }] };
  const stored = value as Record<string, unknown>;
  const dropped: DroppedSetting[] = [];
  const theme = THEMES.includes(stored.theme as Theme) ? (stored.theme as Theme) : 'system';
  if (stored.theme !== undefined && theme !== stored.theme) dropped.push({ what: 'the theme', reason: `${JSON.stringify(stored.theme)} is not system, light or dark` });
  return { settings: { mirrors: readMirrors(stored.mirrors, dropped), userKeys: readKeys(stored.userKeys, dropped), theme }, dropped };
}
