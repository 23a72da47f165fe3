/**
 * Aliases (FORMAT.md §5): every alias of a record is derivable from its
 * hash-bound canonical source and its suffix, so a served alias list can be
 * checked entry by entry.
 */
export const ALIAS_KINDS = ['arxiv', 'arxiv_version', 'doi', 'pith_short_8', 'pith_short_12', 'pith_short_16'] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

export interface ArxivSource {
  readonly id: string;
  readonly version: number;
}

/** `10.48550/arxiv.<id>`: lower-case `arxiv`, old-style ids keep their slash (FORMAT.md §5). */
export function arxivDoi(arxivId: string): string {
  return `10.48550/arxiv.${arxivId}`;
}

/** Every alias FORMAT.md §5 defines, derived from the canonical source and the suffix. */
export function deriveAliases(source: ArxivSource, suffix: string): Record<AliasKind, string> {
  return {
    arxiv: source.id,
    arxiv_version: `${source.id}v${source.version}`,
    doi: arxivDoi(source.id),
    pith_short_8: suffix.slice(0, 8),
    pith_short_12: suffix.slice(0, 12),
    pith_short_16: suffix.slice(0, 16),
  };
}

/** True for an alias kind FORMAT.md §5 defines. */
export function isAliasKind(kind: string): kind is AliasKind {
  return (ALIAS_KINDS as readonly string[]).includes(kind);
}
