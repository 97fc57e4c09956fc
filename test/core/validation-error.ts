import { ConnectivityOptions, ConnectivityPolicy, ConnectivityValidationError } from '../../lib';

/** The `ConnectivityValidationError` that `run` throws; anything else it throws, or nothing, fails the test. */
export function validationErrorOf(run: () => unknown): ConnectivityValidationError {
  try {
    run();
  } catch (e) {
    if (e instanceof ConnectivityValidationError) return e;
    throw e;
  }
  throw new Error('expected a ConnectivityValidationError');
}

/** The error `ConnectivityPolicy.resolve` throws for these options (given as untyped JavaScript would). */
export function resolveErrorOf(options: unknown, subject?: string): ConnectivityValidationError {
  return validationErrorOf(() => ConnectivityPolicy.resolve(options as ConnectivityOptions, subject));
}
