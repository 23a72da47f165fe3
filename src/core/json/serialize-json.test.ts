import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json';
import { serializeJson } from './serialize-json';

describe('serializeJson', () => {
  it('keeps number literals and key order', () => {
    const text = '{"z":1.0,"a":123456789012345678901234,"m":[1e-07,-0,"é\\n"],"n":null}';
    const v = parseJson(text);
    expect(v.ok && serializeJson(v.value)).toBe('{"z":1.0,"a":123456789012345678901234,"m":[1e-07,0,"é\\n"],"n":null}');
  });
  it('round-trips any JSON (property)', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const a = parseJson(text);
        if (!a.ok) return;
        const b = parseJson(serializeJson(a.value));
        expect(b.ok && serializeJson(b.value)).toBe(serializeJson(a.value));
      }),
    );
  });
});
