// The tally of the Node test scripts (test_node, test_npm, test_browser):
// every failed check is printed and counted, and the script ends with exit
// status 1 when any failed.
//
//   const checks = new Checks();
//   checks.check(a === b, 'what was compared');
//   checks.exitOnFailure();

export class Checks {
  failures = 0;

  /** Counts and prints `what` unless `ok`; returns `ok`. */
  check(ok, what) {
    if (!ok) {
      this.failures += 1;
      console.error(`FAIL: ${what}`);
    }
    return ok;
  }

  /** Ends the process with exit status 1 if any check failed. */
  exitOnFailure() {
    if (this.failures > 0) {
      console.error(`${this.failures} check(s) failed`);
      process.exit(1);
    }
  }
}
