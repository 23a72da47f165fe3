/**
 * The zod adapter: every schema imports `z` from here, never from 'zod' (lint-enforced).
 *
 * Policy: jitless. zod 4 compiles object parsers with `new Function` when it can, and finds out
 * whether it can by calling `new Function('')` once. Under the app's Content-Security-Policy
 * (config/security-policy.ts: no 'unsafe-eval') that probe is a policy violation, reported on every
 * page. Jitless parsing never makes it, and costs nothing we can see: the full verifyText of the seed
 * record, 3,000 runs each way interleaved on the 2-core Xeon at load 4.3, ran at 1,986 / 1,969 / 1,720
 * records/s jitless against 2,026 / 2,002 / 1,698 with the compiled parsers (within the noise). The
 * batch path does not run zod per record at all (summarizeDocument reads fields directly).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
