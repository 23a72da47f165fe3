/** Runs a command's main when its file is the one node was started with; exit code from its answer. */
type Main = (argv: string[], out: (s: string) => void, errOut: (s: string) => void) => Promise<number>;

/** Runs `main` with the process's arguments and streams if `process.argv[1]` is `name`.(ts|mjs|js). */
export function runIfMain(name: string, main: Main): void {
  if (process.argv[1] === undefined || !new RegExp(`${name}\\.(ts|mjs|js)$`).test(process.argv[1])) return;
  main(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${name}: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
