import { describe, expect, it } from 'vitest';
import { prettyJson } from './pretty-json';

describe('prettyJson', () => {
  it('re-indents without touching numbers JSON.parse would rewrite', () => {
    const text = '{"a":1.0,"b":[1e-07,12345678901234567890],"c":{}}';
    expect(prettyJson(text)).toBe('{\n  "a": 1.0,\n  "b": [\n    1e-07,\n    12345678901234567890\n  ],\n  "c": {}\n}');
  });

  it('copies strings byte for byte, escapes and structural characters included', () => {
    const text = '{"k":"a,b:{c}[d] \\" \\\\","e":[ ]}';
    expect(prettyJson(text)).toBe('{\n  "k": "a,b:{c}[d] \\" \\\\",\n  "e": []\n}');
  });

  it('is idempotent and keeps the same JSON value', () => {
    const text = '{ "x" : [ true , false , null ] ,\n "y":"\\u00e9" }';
    const once = prettyJson(text);
    expect(prettyJson(once)).toBe(once);
    expect(JSON.parse(once)).toEqual(JSON.parse(text));
  });

  it('does not throw on broken input', () => {
    expect(() => prettyJson('{"a": "unterminated')).not.toThrow();
    expect(() => prettyJson(']]]')).not.toThrow();
  });
});
