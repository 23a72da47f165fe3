import { describe, expect, it } from 'vitest';
import { headlineText } from './headline-text';
import type { Headline } from './report-types';

const headline = (summary: string, ...texts: string[]): Headline => ({ summary, reasons: texts.map((text) => ({ code: 'field-absent', text, fields: [] })) }) as unknown as Headline;

describe('headlineText', () => {
  it('joins the reasons after the summary with one period at the end, whether or not a reason ends its own sentence', () => {
    expect(headlineText(headline('Incomplete:', 'a float is not canonically checkable.', 'no receipt'))).toBe('Incomplete: a float is not canonically checkable; no receipt.');
    expect(headlineText(headline('Incomplete:', 'no receipt', 'the hash is shown.'))).toBe('Incomplete: no receipt; the hash is shown.');
    expect(headlineText(headline('Verified.'))).toBe('Verified.');
  });

  it('starts the reasons as a sentence of their own after a summary that ends with a full stop', () => {
    expect(headlineText(headline('Incomplete: no canonical record.', "the number's year is unknown", 'title not bound'))).toBe("Incomplete: no canonical record. The number's year is unknown; title not bound.");
    expect(headlineText(headline('Verified. Not every field is bound:', 'authors not bound'))).toBe('Verified. Not every field is bound: authors not bound.');
  });
});
