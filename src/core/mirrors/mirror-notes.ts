/** Notes on a usable mirror, for settings only (apart from mirror-config.ts, which every first load carries). */
import type { MirrorConfig } from './mirror-config';

/**
 * What may be wrong with a mirror that is otherwise usable, said next to it in settings. A base URL
 * ending in /pith is often a mirror's pith/ folder given for the mirror itself (records would be
 * fetched from …/pith/pith/<SUFFIX>.json); it can also be a real mirror in a folder named pith (a
 * GitHub Pages site of a repository called pith), so it is said, not refused.
 */
export function mirrorNotes(mirror: MirrorConfig): string[] {
  const base = mirror.baseUrl.replace(/\/+$/, '');
  if (!/\/pith$/i.test(base) || mirror.recordPattern !== '{base}/pith/{suffix}.json') return [];
  return [`Records are fetched from ${base}/pith/<SUFFIX>.json. If ${base} is itself the folder of records, this mirror will find none: add ${base.replace(/\/pith$/i, '')} instead.`];
}

/**
 * The mirror already in the list at the same address as `mirror`, an app-relative one (the embedded
 * /mirror) read against the app's origin: typed as http://host/mirror it is the built-in one again
 * (userMirror compares the addresses as written; this is for the settings form, which knows the origin).
 */
export function sameAddressAs(mirror: MirrorConfig, existing: readonly MirrorConfig[], appOrigin: string): MirrorConfig | null {
  const absolute = (base: string) => (base.startsWith('/') ? new URL(base, appOrigin).href.replace(/\/+$/, '') : base);
  return existing.find((m) => absolute(m.baseUrl) === mirror.baseUrl) ?? null;
}
