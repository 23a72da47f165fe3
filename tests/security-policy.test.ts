import { describe, expect, it } from 'vitest';
import { HEADER_CSP, LOOPBACK_HTTP, META_CSP } from '../config/security-policy';
import { PLAIN_HTTP_HOSTS, isPlainHttpHost } from '../src/core/mirrors/mirror-config';

describe('the CSP allows plain http to exactly the hosts the settings accept it for', () => {
  it('one list of hosts, stated twice, held equal', () => {
    expect(LOOPBACK_HTTP).toEqual(PLAIN_HTTP_HOSTS.map((h) => `http://${h}:*`));
    for (const csp of [META_CSP, HEADER_CSP]) expect(csp).toContain(`connect-src 'self' https: ${LOOPBACK_HTTP.join(' ')};`);
    expect(['localhost', 'docs.localhost', '127.0.0.1'].every(isPlainHttpHost)).toBe(true);
  });
});
