/**
 * The schema check's words, on tampered copies of the real seed record: each present, malformed field
 * is named with what was expected and what is there (FORMAT.md §5; valibot's issues, schema-issues.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../json/parse-json';
import { JsonFloat, type JsonObject, type JsonValue } from '../json/json-value';
import { formatIssue, MAX_LISTED_ISSUES } from './schema-issues';
import { buildSubject } from './subject';

const SEED = readFileSync(new URL('../../../tests/fixtures/pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json', import.meta.url), 'utf8');

/** The seed, parsed losslessly, with `edit` applied to a fresh copy (JSON text in, so floats stay floats). */
function issuesOf(edit: (doc: JsonObject) => void, text = SEED): string[] {
  const parsed = parseJson(text);
  if (!parsed.ok) throw new Error('seed did not parse');
  const doc = parsed.value as JsonObject;
  edit(doc);
  return buildSubject('record', doc as JsonValue).schemaIssues.map(formatIssue);
}
const paper = (d: JsonObject) => d.paper as JsonObject;

describe('schema issues on the seed record', () => {
  it('the seed itself has none', () => {
    expect(issuesOf(() => undefined)).toEqual([]);
  });

  // A null message: the edit is no schema problem.
  it.each<[string, (d: JsonObject) => void, string | null]>([
    ['a string field holding a number', (d) => (paper(d).title = 5), 'paper.title: expected string, got number'],
    ['an object section that is an array', (d) => (d.paper = []), 'paper: expected object, got array'],
    ['an object section that is null-free but a string', (d) => (d.source = 'arxiv'), 'source: expected object, got string'],
    ['a required field removed', (d) => delete d.pith_number, 'pith_number: missing (a required field)'],
    ['a literal with another value', (d) => (d.record_type = 'pith_bundle'), 'record_type: expected "pith_number_record", got string'],
    ['a digest that is not one', (d) => (d.canonical_sha256 = 'ABC'), 'canonical_sha256: expected 64 lower-case hex characters (a SHA-256 digest)'],
    ['a count below zero', (d) => ((d.inbound_citations as JsonObject).count = -1), 'inbound_citations.count: expected a whole number ≥ 0'],
    ['a status of the wrong type', (d) => (d.verification_status = { ok: 'yes' }), 'verification_status.ok: expected a boolean or a number, got string'],
    // valibot's record schema skips these keys; the status map is checked key by key instead.
    ['a status keyed "constructor"', (d) => (d.verification_status = { constructor: { forged: 'yes' } }), 'verification_status.constructor: expected a boolean or a number, got object'],
    ['a status keyed "prototype"', (d) => (d.verification_status = { prototype: 'x' }), 'verification_status.prototype: expected a boolean or a number, got string'],
    ['a float status, which is a number', (d) => (d.verification_status = { score: new JsonFloat('0.5') }), null],
    ['a count past 2^53', (d) => ((d.inbound_citations as JsonObject).count = 2n ** 60n), 'inbound_citations.count: expected an integer below 2^53, got a larger one'],
    // zod/mini took a float literal (a JsonFloat instance) for an object with no required keys, so
    // `paper: 1.5` passed; found by a differential run of both libraries over 20,000 mutated seeds.
    ['an object section that is a float', (d) => (d.paper = new JsonFloat('1.5')), 'paper: expected object, got a float'],
    ['a negative citation index, which nothing forbids', (d) => (((d.inbound_citations as JsonObject).sample as JsonObject[])[0]!.ref_index = -3), null],
    ['an alias list that is an object', (d) => (d.aliases = {}), 'aliases: expected array, got object'],
  ])('%s', (_, edit, message) => {
    if (message === null) expect(issuesOf(edit)).toEqual([]);
    else expect(issuesOf(edit)).toContain(message);
  });

  it('a float where an integer belongs is named as a float', () => {
    const text = SEED.replace(/"inbound_citations":\s*{"count":\s*(\d+)/, '"inbound_citations":{"count":$1.0');
    expect(text).not.toBe(SEED);
    expect(issuesOf(() => undefined, text)).toContain('inbound_citations.count: expected integer, got a float');
  });

  it(`lists at most ${MAX_LISTED_ISSUES} problems and counts the rest`, () => {
    const issues = issuesOf((d) => (d.aliases = Array.from({ length: 150 }, () => 7)));
    expect(issues).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(issues[0]).toBe('aliases[0]: expected object, got number');
    expect(issues.at(-1)).toBe('(root): and 50 more problems like these, not listed');
  });
});
