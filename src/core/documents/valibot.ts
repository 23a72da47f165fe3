/**
 * The schema library's adapter: every schema imports `v` from here, never from 'valibot' (lint-enforced),
 * and schema-issues.ts is the one place that reads valibot's issues.
 *
 * valibot, not zod: a schema is built from small functions a bundler keeps only when used, and it
 * never compiles code at run time, so the app's CSP (no 'unsafe-eval') needs no special mode. Swapped
 * for zod/mini on 2026-12-01 (session 5) for size: zod/mini's core was about 7.5 KB of gzip in the
 * verifier chunk and in the `<pith-badge>` script, where these schemas cost ~2 KB in valibot
 * (docs/performance-log.md).
 *
 * Policy, kept by the helpers in schemas.ts: an object schema refuses arrays, null and float
 * literals (valibot's own object schemas take any non-null object, arrays included); a type schema
 * given a message names what it expects with it (schema-issues.ts words the issue from it).
 */
import * as v from 'valibot';

export { v };
