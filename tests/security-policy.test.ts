import { describe, expect, it } from 'vitest';
import { HEADER_CSP, LOOPBACK_HTTP, META_CSP, headersFile } from '../config/security-policy';
import { PLAIN_HTTP_HOSTS, isPlainHttpHost } from '../src/core/mirrors/mirror-config';

describe('the CSP allows plain http to exactly the hosts the settings accept it for', () => {
  it('one list of hosts, stated twice, held equal', () => {
    expect(LOOPBACK_HTTP).toEqual(PLAIN_HTTP_HOSTS.map((h) => `http://${h}:*`));
    for (const csp of [META_CSP, HEADER_CSP]) expect(csp).toContain(`connect-src 'self' https: ${LOOPBACK_HTTP.join(' ')};`);
    expect(['localhost', 'docs.localhost', '127.0.0.1'].every(isPlainHttpHost)).toBe(true);
  });
});

describe('the _headers file', () => {
  it('sends the security headers on every path, and never lets a browser keep an old service worker', () => {
    const text = headersFile();
    const blocks = text.split(/\n(?=\/)/).slice(1).map((b) => b.trim().split('\n'));
    const byPath = new Map(blocks.map(([path, ...rest]) => [path, rest.map((l) => l.trim())]));
    expect(byPath.get('/*')).toEqual([`Content-Security-Policy: ${HEADER_CSP}`, 'Referrer-Policy: no-referrer', 'X-Content-Type-Options: nosniff']);
    expect(byPath.get('/sw.js')).toEqual(['Cache-Control: no-cache']);
    expect(byPath.get('/assets/*')).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
  });
});
