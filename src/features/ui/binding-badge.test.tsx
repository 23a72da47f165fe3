/**
 * Component tests (server-rendered markup, no DOM needed): the binding badge says its binding in
 * word and icon, carries the core's reason for screen readers, and never turns one binding into
 * another; the legend lists every binding once.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Binding } from '../../core/verify/report-types';
import { BindingBadge, BindingLegend } from './binding-badge';
import { BINDING_EXPLAIN, BINDING_WORD } from './binding-style';

const ALL: Binding[] = ['signed', 'hash-bound', 'rehash-bound', 'unbound', 'contradicted'];

describe('BindingBadge', () => {
  it.each(ALL)('%s: its word, data-binding, and the explanation in text (not colour only)', (b) => {
    const html = renderToStaticMarkup(<BindingBadge binding={b} field="title" />);
    expect(html).toContain(`data-binding="${b}"`);
    expect(html).toContain('data-field="title"');
    expect(html).toContain(BINDING_WORD[b]);
    expect(html).toContain(`<span class="sr-only">: ${BINDING_EXPLAIN[b].replace(/'/g, '&#x27;')}</span>`);
    expect(html).toMatch(/aria-hidden="true">.<\/span>/);
  });
  it("shows the core's reason in place of the generic one, escaped", () => {
    const html = renderToStaticMarkup(<BindingBadge binding="unbound" note={'<img src=x onerror=alert(1)> cut at 600 characters'} />);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; cut at 600 characters');
    expect(html).not.toContain('<img');
  });
  it('gives each binding a different word', () => {
    expect(new Set(ALL.map((b) => BINDING_WORD[b])).size).toBe(ALL.length);
  });
});

describe('BindingLegend', () => {
  it('lists each binding once', () => {
    const html = renderToStaticMarkup(<BindingLegend />);
    for (const b of ALL) expect(html.split(`data-binding="${b}"`).length - 1).toBe(1);
  });
});
