/**
 * The zod adapter: every schema imports `z` from here, never from 'zod' (lint-enforced).
 *
 * zod/mini, not zod's method-chaining API: the same parser core and the same issues, in functions a
 * bundler can drop when unused. The verifier chunk went from 65.2 to 47.5 KB gzip (Vite's report;
 * zod was 25.0 KB of it by source-map attribution, docs/performance-log.md), with no change to any
 * schema's meaning or message (every schema-message test passes unchanged).
 *
 * Policy: jitless. zod 4 compiles object parsers with `new Function` when it can, and finds out
 * whether it can by calling `new Function('')` once. Under the app's Content-Security-Policy
 * (config/security-policy.ts: no 'unsafe-eval') that probe is a policy violation, reported on every
 * page. Jitless parsing never makes it, and costs nothing we can see: the full verifyText of the seed
 * record, 3,000 runs each way interleaved on the 2-core Xeon at load 4.3, ran at 1,986 / 1,969 / 1,720
 * records/s jitless against 2,026 / 2,002 / 1,698 with the compiled parsers (within the noise). The
 * batch path does not run zod per record at all (summarizeDocument reads fields directly).
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
