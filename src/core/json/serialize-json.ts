/**
 * Writes a parsed JsonValue back as JSON, keeping key order and every number
 * literal exactly (big integers, `1.0`): used to give one entry of an array or
 * bundle its own document text without changing what verifies.
 */
import { JsonFloat, type JsonValue } from './json-value';

/** JSON text of a parsed value, every number literal and the key order as parsed. */
export function serializeJson(value: JsonValue): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return JSON.stringify(value);
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof JsonFloat) return value.literal;
  if (Array.isArray(value)) return `[${value.map(serializeJson).join(',')}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${JSON.stringify(k)}:${serializeJson(v)}`)
    .join(',')}}`;
}
