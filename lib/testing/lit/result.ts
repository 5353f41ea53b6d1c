// Test result codes and their grouping, in lit's order and with lit's labels.

/** A test's outcome, named as lit names them. */
export type ResultCode = 'UNSUPPORTED' | 'PASS' | 'FLAKYPASS' | 'XFAIL' | 'UNRESOLVED' | 'TIMEOUT' | 'FAIL' | 'XPASS';

/** Every code in lit's order of declaration, which is also the order of the summary. */
export const RESULT_CODES: readonly ResultCode[] = Object.freeze([
  'UNSUPPORTED',
  'PASS',
  'FLAKYPASS',
  'XFAIL',
  'UNRESOLVED',
  'TIMEOUT',
  'FAIL',
  'XPASS',
]);

/** The summary label of each code, as lit prints them. */
export const RESULT_LABELS: Readonly<Record<ResultCode, string>> = Object.freeze({
  UNSUPPORTED: 'Unsupported',
  PASS: 'Passed',
  FLAKYPASS: 'Passed With Retry',
  XFAIL: 'Expectedly Failed',
  UNRESOLVED: 'Unresolved',
  TIMEOUT: 'Timed Out',
  FAIL: 'Failed',
  XPASS: 'Unexpectedly Passed',
});

/** Whether a code means something unexpected happened (the run then exits 1). */
export function isFailure(code: ResultCode): boolean {
  return code === 'UNRESOLVED' || code === 'TIMEOUT' || code === 'FAIL' || code === 'XPASS';
}

/** Whether a code counts in the final `N passed` (XFAIL does; UNSUPPORTED counts as neither). */
export function isPass(code: ResultCode): boolean {
  return code === 'PASS' || code === 'FLAKYPASS' || code === 'XFAIL';
}

/** One finished test. `output` holds lit's failure detail (script, log, exit code) or a reason. */
export interface TestResult {
  /** `suite :: path`. */
  readonly name: string;
  /** The suite's name and the test's path in it, for reports that group by suite. */
  readonly suite: string;
  readonly path: string;
  readonly code: ResultCode;
  readonly output: string;
  /** Seconds taken. */
  readonly elapsed: number;
}
