/**
 * What each check is called and how it counts, without the code that runs it: the page shows check
 * titles before any verifier has loaded (the first chunk carries no cryptography, issue 10). Every
 * check file spreads its entry into its CheckDefinition (registry.ts), so a title is written once.
 * Ids are stable: never rename one, only add.
 */
import type { CheckRole } from './check-definition';

export const CHECK_CATALOG = {
  'schema': { id: 'schema', title: 'Document shape', role: 'gate' },
  'canonical-hash': { id: 'canonical-hash', title: 'Canonical record → SHA-256', role: 'chain' },
  'pith-number': { id: 'pith-number', title: 'SHA-256 → pith number', role: 'chain' },
  'aliases': { id: 'aliases', title: 'Aliases', role: 'binding' },
  'title-hash': { id: 'title-hash', title: 'Title ↔ title hash', role: 'binding' },
  'abstract-hash': { id: 'abstract-hash', title: 'Abstract ↔ abstract hash', role: 'binding' },
  'signature': { id: 'signature', title: 'Ed25519 receipt signature', role: 'chain' },
  'metadata': { id: 'metadata', title: 'Paper fields ↔ canonical record', role: 'binding' },
  'snapshots': { id: 'snapshots', title: 'Graph snapshot digests', role: 'graph' },
} as const satisfies Record<string, { readonly id: string; readonly title: string; readonly role: CheckRole }>;

/** Every check's title, by id (the same titles the registry's definitions carry). */
export const CHECK_TITLES: Readonly<Record<keyof typeof CHECK_CATALOG, string>> = Object.fromEntries(Object.values(CHECK_CATALOG).map((c) => [c.id, c.title])) as Record<keyof typeof CHECK_CATALOG, string>;
