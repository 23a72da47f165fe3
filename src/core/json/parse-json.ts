/**
 * Lossless JSON parsing (lossless-json), so a number literal is never rounded
 * before it reaches the canonical hash (FORMAT.md §2). Duplicate object keys are
 * rejected: Python would silently keep the last one, and a document that says
 * two things at once is exactly what a verifier must not paper over.
 */
import { parse } from 'lossless-json';
import { pithError, type Result, ok, err } from '../errors';
import { JsonFloat, type JsonValue } from './json-value';

const INT_LITERAL = /^-?(?:0|[1-9][0-9]*)$/;

function parseNumber(literal: string): number | bigint | JsonFloat {
  if (INT_LITERAL.test(literal)) {
    const n = Number(literal);
    return Number.isSafeInteger(n) ? n : BigInt(literal);
  }
  return new JsonFloat(literal);
}

export function parseJson(text: string): Result<JsonValue> {
  // A UTF-8 BOM is not JSON (RFC 8259 §8.1 says parsers MAY ignore it); editors add it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return err(pithError('json-syntax', 'Expected JSON, got an empty document.'));
  try {
    return ok(parse(body, null, parseNumber) as JsonValue);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return err(pithError('json-syntax', `Not valid JSON: ${message}.`));
  }
}
