/**
 * Runs a command's `main` and exits with the code it returns (else `process.exitCode`, else 0).
 * A thrown error prints its message, not a stack: the commands' errors are meant for operators
 * (`describeError` says more where a developer reads them, as the benches do). Every short-lived
 * command ends with this; the servers (serve, start, dev) keep running and do not.
 */
export function runScript(main: () => Promise<number | void>, { describeError = (e: unknown) => (e instanceof Error ? e.message : String(e)) }: { describeError?: (e: unknown) => string } = {}) {
  main().then(
    (code) => process.exit(code ?? process.exitCode ?? 0),
    (e: unknown) => {
      console.error(describeError(e));
      process.exit(1);
    },
  );
}

/** Whether this module is the command being run, rather than imported by another script. */
export function isEntryPoint(moduleUrl: string): boolean {
  return moduleUrl === `file://${process.argv[1]}`;
}
