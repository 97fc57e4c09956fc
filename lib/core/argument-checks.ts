import { ValidationProblem } from './errors';

/** Text of a rejected value in a validation problem: strings as they are, anything else as JSON. */
export function show(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** Whether a value is an integer TCP port, 1-65535. */
export function isTcpPort(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535;
}

/**
 * Records a problem when a given value is not one of an enum's values; `describe` renders the
 * rejected value (default `show`).
 */
export function checkEnum(
  option: string,
  value: unknown,
  allowed: object,
  problems: ValidationProblem[],
  describe: (value: unknown) => string = show,
): void {
  const values = Object.values(allowed) as unknown[];
  if (value !== undefined && !values.includes(value)) {
    problems.push({ option, value: describe(value), message: `must be one of ${values.join(', ')}` });
  }
}

/** Records a problem when a given value is not an integer TCP port; `describe` renders it (default `show`). */
export function checkPort(option: string, value: unknown, problems: ValidationProblem[], describe: (value: unknown) => string = show): void {
  if (value !== undefined && !isTcpPort(value)) {
    problems.push({ option, value: describe(value), message: 'must be an integer TCP port in 1-65535' });
  }
}

/** Records a problem when a given value is not a boolean; `describe` renders it (default `show`). */
export function checkBoolean(option: string, value: unknown, problems: ValidationProblem[], describe: (value: unknown) => string = show): void {
  if (value !== undefined && typeof value !== 'boolean') {
    problems.push({ option, value: describe(value), message: 'must be true or false' });
  }
}
