/**
 * Stored settings, validated again on every read (issue 9): localStorage is written by this app but
 * can be edited by hand, by an extension, or by an older build. Each mirror and key is checked on
 * its own by the same rules as when it was added, so one bad entry drops only itself, and every
 * entry dropped is named with the reason, for the settings page to show.
 */
import { z } from '../../core/documents/zod';
import { DEFAULT_MIRRORS, userMirror, type MirrorConfig } from '../../core/mirrors/mirror-config';
import { visibleText } from '../../core/text/visible-text';
import { buildKeyring, type UserKeySpec } from '../../core/user-keys';

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

export const DEFAULT_SETTINGS: Settings = { mirrors: DEFAULT_MIRRORS, userKeys: [], theme: 'system' };

/**
 * Only what is read back: a built-in mirror by its id, a user mirror by its base URL (its patterns
 * are rebuilt from it), and whether it is enabled. Other stored fields are not trusted, so not required.
 */
const mirrorSchema = z.object({
  id: z.string(),
  baseUrl: z.string(),
  origin: z.enum(['embedded', 'default', 'user']),
  enabled: z.boolean(),
  recordPattern: z.unknown().optional(),
  bundlePattern: z.unknown().optional(),
  aliasIndexUrl: z.unknown().optional(),
});

/** Stated limit: more stored mirrors or keys than anyone configures are not read (each is re-checked against the others). */
export const MAX_STORED_ENTRIES = 100;
const keySchema = z.object({ keyId: z.string(), publicKey: z.string(), note: z.string().optional() });
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** The first problem, in words: "it has no baseUrl", "its enabled is not true or false". */
function issueText(error: z.ZodError, item: unknown): string {
  const first = error.issues[0];
  if (!first) return 'not the expected shape';
  const field = first.path.map(String).join('.');
  if (field === '') return 'not an object with the fields this app stores';
  const stored = first.path.reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined), item);
  if (first.code === 'invalid_type' && stored === undefined) return `it has no ${field}`;
  if (first.code === 'invalid_value') return `its ${field} is not one of ${first.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (first.code === 'invalid_type') return `its ${field} is not ${first.expected === 'boolean' ? 'true or false' : `a ${first.expected}`}`;
  return `its ${field}: ${first.message}`;
}

/** The entries to read, and a note when a list is longer than MAX_STORED_ENTRIES. */
function capped(value: unknown, what: string, dropped: DroppedSetting[]): unknown[] {
  if (value !== undefined && !Array.isArray(value)) dropped.push({ what: `the ${what} list`, reason: 'not a list' });
  const list = Array.isArray(value) ? value : [];
  if (list.length > MAX_STORED_ENTRIES) dropped.push({ what: `${(list.length - MAX_STORED_ENTRIES).toLocaleString('en-US')} ${what}s`, reason: `only the first ${MAX_STORED_ENTRIES} stored ${what}s are read` });
  return list.slice(0, MAX_STORED_ENTRIES);
}

/** Whether a stored entry's URL patterns are the ones the app would write (absent ones count as the same). */
function samePatterns(stored: { baseUrl?: unknown; recordPattern?: unknown; bundlePattern?: unknown; aliasIndexUrl?: unknown }, actual: MirrorConfig, withBase = false): boolean {
  return ([...(withBase ? ['baseUrl' as const] : []), 'recordPattern', 'bundlePattern', 'aliasIndexUrl'] as const).every((k) => stored[k] === undefined || stored[k] === actual[k]);
}

function readMirrors(value: unknown, dropped: DroppedSetting[]): MirrorConfig[] {
  const mirrors: MirrorConfig[] = [];
  for (const [i, item] of capped(value, 'mirror', dropped).entries()) {
    const parsed = mirrorSchema.safeParse(item);
    if (!parsed.success) {
      dropped.push({ what: `mirror ${i + 1}`, reason: issueText(parsed.error, item) });
      continue;
    }
    const m = parsed.data;
    if (m.origin !== 'user') {
      // Built-in mirrors always come from this build, so a stale stored copy cannot point them elsewhere.
      const builtIn = DEFAULT_MIRRORS.find((d) => d.id === m.id);
      if (builtIn && !mirrors.some((x) => x.id === builtIn.id)) {
        mirrors.push({ ...builtIn, enabled: m.enabled });
        if (!samePatterns(m, builtIn, true)) dropped.push({ what: `the stored addresses of ${builtIn.name}`, reason: 'they differ from this build’s; the build’s are used' });
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
  for (const d of DEFAULT_MIRRORS) if (!mirrors.some((m) => m.id === d.id)) mirrors.push(d);
  return mirrors;
}

function readKeys(value: unknown, dropped: DroppedSetting[]): UserKeySpec[] {
  const keys: UserKeySpec[] = [];
  for (const [i, item] of capped(value, 'key', dropped).entries()) {
    const parsed = keySchema.safeParse(item);
    if (!parsed.success) {
      dropped.push({ what: `key ${i + 1}`, reason: issueText(parsed.error, item) });
      continue;
    }
    const spec: UserKeySpec = parsed.data.note === undefined ? { keyId: parsed.data.keyId, publicKey: parsed.data.publicKey } : { keyId: parsed.data.keyId, publicKey: parsed.data.publicKey, note: parsed.data.note };
    const { errors } = buildKeyring([...keys, spec]);
    if (errors.length > 0) dropped.push({ what: `key ${spec.keyId || i + 1}`, reason: errors[errors.length - 1]!.error.message });
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
