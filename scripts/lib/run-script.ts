/**
 * Runs a command's `main` and exits with the code it returns (else `process.exitCode`, else 0).
 * A thrown error prints its message, not a stack: the commands' errors are meant for operators.
 */
export function runScript(main: () => Promise<number | void>) {
  main().then(
    (code) => process.exit(code ?? process.exitCode ?? 0),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
