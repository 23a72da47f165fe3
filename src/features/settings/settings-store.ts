/**
 * User settings (mirrors, extra keys, theme) kept in localStorage and read with
 * useSyncExternalStore. Stored data is validated on read: a corrupt or older
 * value falls back to defaults and is kept aside, never silently lost.
 */
import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { DEFAULT_MIRRORS, type MirrorConfig } from '../../core/mirrors/mirror-config';
import type { UserKeySpec } from '../../core/user-keys';

export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  readonly mirrors: readonly MirrorConfig[];
  readonly userKeys: readonly UserKeySpec[];
  readonly theme: Theme;
}

export const STORAGE_KEY = 'pith-explorer:settings:v1';

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
const settingsSchema = z.object({
  mirrors: z.array(mirrorSchema),
  userKeys: z.array(z.object({ keyId: z.string(), publicKey: z.string(), note: z.string().optional() })),
  theme: z.enum(['system', 'light', 'dark']),
});

const DEFAULTS: Settings = { mirrors: DEFAULT_MIRRORS, userKeys: [], theme: 'system' };

function load(): Settings {
  let raw: string | null;
  try {
    raw = localStorage.getItem(STORAGE_KEY);
  } catch {
    return DEFAULTS;
  }
  if (raw === null) return DEFAULTS;
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(raw));
    if (parsed.success) {
      // Built-in mirrors always come from this build, so a stale stored copy cannot point them elsewhere.
      const mirrors = parsed.data.mirrors.map((m) => {
        const builtIn = m.origin === 'user' ? undefined : DEFAULT_MIRRORS.find((d) => d.id === m.id);
        return builtIn ? { ...builtIn, enabled: m.enabled } : m;
      });
      for (const d of DEFAULT_MIRRORS) if (!mirrors.some((m) => m.id === d.id)) mirrors.push(d);
      return { ...parsed.data, mirrors };
    }
  } catch {
    /* fall through: keep the unreadable value aside below */
  }
  localStorage.setItem(`${STORAGE_KEY}:unreadable`, raw);
  return DEFAULTS;
}

let current: Settings | null = null;
const listeners = new Set<() => void>();

export function getSettings(): Settings {
  current ??= load();
  return current;
}

export function updateSettings(change: (s: Settings) => Settings): void {
  current = change(getSettings());
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
  } catch {
    /* storage full or disabled: settings still apply for this tab */
  }
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === STORAGE_KEY) {
      current = load();
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, getSettings, getSettings);
}
