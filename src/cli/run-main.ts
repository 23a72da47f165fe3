/** Runs a command's main when its file is the one node was started with; exit code from its answer. */

/**
 * Writes one line of output. A promise when the stream's buffer is full: `--jsonl` awaits it, so a
 * slow reader (`pith-verify --jsonl dump.jsonl | gzip`) slows the run instead of the results piling
 * up in memory (measured: 480 MB peak RSS on the bench's 50,000 records through `| cat` without it;
 * pith-verify.test.ts holds a reader that waits 5 s under 160 MB: 261 MB without the wait).
 * `false` (or a promise of it): the reader has gone (`| head -1`), so the run should stop.
 */
export type Out = (s: string) => void | boolean | Promise<boolean>;
type Main = (argv: string[], out: Out, errOut: (s: string) => void) => Promise<number>;

/** Set once stdout is closed or failed (EPIPE when the reader exits): nothing more can be written. */
let stdoutGone = false;

/** `s` and a newline to stdout; false once the reader has gone, else true when the stream can take more. */
function writeLine(s: string): boolean | Promise<boolean> {
  if (stdoutGone) return false;
  if (process.stdout.write(`${s}\n`)) return true;
  return new Promise((resolve) => {
    const done = () => {
      process.stdout.off('drain', done).off('close', done).off('error', done);
      resolve(!stdoutGone);
    };
    process.stdout.on('drain', done).on('close', done).on('error', done);
  });
}

/** Runs `main` with the process's arguments and streams if `process.argv[1]` is `name`.(ts|mjs|js). */
export function runIfMain(name: string, main: Main): void {
  if (process.argv[1] === undefined || !new RegExp(`${name}\\.(ts|mjs|js)$`).test(process.argv[1])) return;
  // EPIPE and the like: the reader is gone. Listened for, so it is no crash; writeLine says so from then on.
  const gone = () => void (stdoutGone = true);
  process.stdout.on('error', gone).on('close', gone);
  main(process.argv.slice(2), writeLine, (s) => process.stderr.write(`${s}\n`)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${name}: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
