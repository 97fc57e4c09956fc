/**
 * The message of a failing assertion, line by line; an assertion that passes is an error, so a test
 * of a failure message cannot pass without the failure.
 */
export function failureLines(assertion: () => void): string[] {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message.split('\n');
  }
  throw new Error('the assertion passed');
}
