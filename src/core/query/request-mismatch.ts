/**
 * What the user asked for against what the record is (route 10 of the truth issue): a lookup goes
 * by suffix, or by arXiv id through an alias index, so the year of a requested number, or the
 * version of a requested arXiv id, can differ from the record that answers. The page says so.
 */
import { parsePithNumber } from '../pith/pith-number';
import type { VerifyReport } from '../verify/report-types';
import type { Query } from './parse-query';

export interface RequestMismatch {
  readonly what: 'year' | 'version' | 'arxiv-id' | 'suffix';
  readonly asked: string;
  readonly found: string;
  readonly message: string;
}

/** Every way the record differs from what was asked for; empty when it is what was asked for. */
export function requestMismatches(query: Query, report: VerifyReport): RequestMismatch[] {
  const out: RequestMismatch[] = [];
  if (query.type === 'pith' && query.pith.year !== null) {
    const stated = report.claimedPithNumber ?? report.computedPithNumber;
    const parsed = stated ? parsePithNumber(stated) : null;
    const year = parsed?.ok ? parsed.value.year : null;
    if (year !== null && year !== query.pith.year) {
      out.push({ what: 'year', asked: query.pith.year, found: year, message: `You asked for a number of the year ${query.pith.year}; this record's number is of ${year} (${stated}). The suffix matches, the year does not.` });
    }
  }
  // A short number is looked up through a mirror's alias index, which the mirror writes: the record it
  // leads to must still begin with the characters asked for (found by review: a hostile index mapped
  // pith:2AEN4MOB to another paper's record). Another record is one whose claimed number and computed
  // number both miss the prefix: when only one does, the copy is the one asked for and tampered, and
  // its failing check (canonical-hash or pith-number) is the story, not this.
  if (query.type === 'pith') {
    const numbers = [report.claimedPithNumber, report.computedPithNumber].filter((n): n is string => n !== null);
    const begins = numbers.some((n) => n.split(':').pop()!.startsWith(query.pith.suffix));
    const number = numbers[0];
    if (number !== undefined && !begins) {
      const suffix = number.split(':').pop()!;
      out.push({ what: 'suffix', asked: query.pith.suffix, found: suffix, message: `You asked for a number beginning ${query.pith.suffix}; this record's number is ${number}, which does not.` });
    }
  }
  const source = report.fields.source?.value;
  const askedId = query.type === 'arxiv' ? query.id : query.type === 'doi' ? query.arxivId : null;
  const askedVersion = query.type === 'arxiv' ? query.version : null;
  if (source && askedId !== null && askedId.toLowerCase() !== source.id.toLowerCase()) {
    out.push({ what: 'arxiv-id', asked: askedId, found: source.id, message: `You asked for arXiv ${askedId}; this record is for arXiv ${source.id}.` });
  }
  if (source && askedVersion !== null && askedVersion !== source.version) {
    out.push({ what: 'version', asked: `v${askedVersion}`, found: `v${source.version}`, message: `You asked for version ${askedVersion} of arXiv ${source.id}; this record numbers version ${source.version}.` });
  }
  return out;
}
