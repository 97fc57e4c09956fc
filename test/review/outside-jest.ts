/**
 * Calls a `register()` of the review kit with Jest's global `expect` replaced by `value`, as outside
 * Jest, and puts Jest's back. Returns the error message, or `registered`.
 */
export function registerWithGlobalExpect(value: unknown, register: () => void): string {
  const global = globalThis as { expect?: unknown };
  const jestExpect = global.expect;
  global.expect = value;
  try {
    register();
    return 'registered';
  } catch (error) {
    return (error as Error).message;
  } finally {
    global.expect = jestExpect;
  }
}
