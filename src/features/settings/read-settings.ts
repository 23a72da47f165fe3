/**
 * Stored settings, validated again on every read (issue 9): localStorage is written by this app but
 * can be edited by hand, by an extension, or by an older build. Each mirror and key is checked on
 * its own by the same rules as when it was added, so one bad entry drops only itself, and every
 * entry dropped is named with the reason, for the settings page to show.
 */
import { z } from '../../core/documents/zod';
import { DEFAULT_MIRRORS, userMirror, type MirrorConfig } from '../../core/mirrors/mirror-config';
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

const mirrorSchema = z.object({
  id: z.string(),
  name: z.string(),
  baseUrl: z.string(),
  recordPattern: z.string(),
  bundlePattern: z.string().nullable(),
  aliasIndexUrl: z.string().nullable(),
  origin: z.enum(['embedded', 'default', 'user']),
  enabled: z.boolean(),
});
const keySchema = z.object({ keyId: z.string(), publicKey: z.string(), note: z.string().optional() });
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

function issueText(error: z.ZodError): string {
  const first = error.issues[0];
  return first ? `${first.path.length ? `${first.path.join('.')}: ` : ''}${first.message}` : 'not the expected shape';
}

function readMirrors(value: unknown, dropped: DroppedSetting[]): MirrorConfig[] {
  const mirrors: MirrorConfig[] = [];
  if (value !== undefined && !Array.isArray(value)) dropped.push({ what: 'the mirror list', reason: 'not a list' });
  for (const [i, item] of (Array.isArray(value) ? value : []).entries()) {
    const parsed = mirrorSchema.safeParse(item);
    if (!parsed.success) {
      dropped.push({ what: `mirror ${i + 1}`, reason: issueText(parsed.error) });
      continue;
    }
    const m = parsed.data;
    if (m.origin !== 'user') {
      // Built-in mirrors always come from this build, so a stale stored copy cannot point them elsewhere.
      const builtIn = DEFAULT_MIRRORS.find((d) => d.id === m.id);
      if (builtIn && !mirrors.some((x) => x.id === builtIn.id)) mirrors.push({ ...builtIn, enabled: m.enabled });
      else if (!builtIn) dropped.push({ what: `mirror ${m.name}`, reason: `stored as built in, but this build has no mirror '${m.id}'` });
      continue;
    }
    // A user mirror is rebuilt from its base URL by the rules it was added by: stored URL patterns
    // are never trusted to point elsewhere.
    const again = userMirror(m.baseUrl, mirrors);
    if (!again.ok) dropped.push({ what: `mirror ${m.baseUrl}`, reason: again.error.message });
    else mirrors.push({ ...again.value, enabled: m.enabled });
  }
  for (const d of DEFAULT_MIRRORS) if (!mirrors.some((m) => m.id === d.id)) mirrors.push(d);
  return mirrors;
}

function readKeys(value: unknown, dropped: DroppedSetting[]): UserKeySpec[] {
  const keys: UserKeySpec[] = [];
  if (value !== undefined && !Array.isArray(value)) dropped.push({ what: 'the key list', reason: 'not a list' });
  for (const [i, item] of (Array.isArray(value) ? value : []).entries()) {
    const parsed = keySchema.safeParse(item);
    if (!parsed.success) {
      dropped.push({ what: `key ${i + 1}`, reason: issueText(parsed.error) });
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
