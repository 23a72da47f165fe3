/**
 * User settings (mirrors, extra keys, theme) kept in localStorage and read with
 * useSyncExternalStore. Stored data is validated on read (read-settings.ts): what does not pass
 * is dropped, named on the settings page, and the stored text kept aside, never silently lost.
 */
import { useSyncExternalStore } from 'react';
import { readStoredSettings, type DroppedSetting, type Settings } from './read-settings';

export type { Settings, Theme } from './read-settings';

export const STORAGE_KEY = 'pith-explorer:settings:v1';
/** Where the stored text is kept when anything in it was dropped, so nothing is silently lost. */
export const ASIDE_KEY = `${STORAGE_KEY}:unreadable`;

let dropped: readonly DroppedSetting[] = [];

function load(): Settings {
  let raw: string | null;
  try {
    raw = localStorage.getItem(STORAGE_KEY);
  } catch {
    raw = null;
  }
  const read = readStoredSettings(raw);
  dropped = read.dropped;
  if (raw !== null && read.dropped.length > 0) {
    try {
      localStorage.setItem(ASIDE_KEY, raw);
    } catch {
      /* storage full or disabled: the page still says what was dropped */
    }
  }
  return read.settings;
}

/** The stored entries the last read did not use, with reasons (shown on the settings page). */
export function droppedSettings(): readonly DroppedSetting[] {
  getSettings();
  return dropped;
}

/** Clears the list of dropped entries once the user has seen it. */
export function dismissDropped(): void {
  dropped = [];
  for (const l of listeners) l();
}

export function useDroppedSettings(): readonly DroppedSetting[] {
  return useSyncExternalStore(subscribe, droppedSettings, droppedSettings);
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
