/** One thing wrong with the options. */
export interface ValidationProblem {
  /** The option at fault, with an index for list entries, e.g. `vaultCidrs[2]`. */
  readonly option: string;
  /** The offending value as given. */
  readonly value: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/**
 * Thrown when connectivity options are invalid. Lists every problem found, not just the first.
 */
export class ConnectivityValidationError extends Error {
  /** Every problem found. */
  public readonly problems: ValidationProblem[];
  /** The construct path (or other subject) the options belong to, when known. */
  public readonly subject?: string;

  /**
   * @param problems the problems found, at least one
   * @param subject the construct path the options belong to; @default - none
   */
  constructor(problems: ValidationProblem[], subject?: string) {
    const where = subject ? ` at '${subject}'` : '';
    const lines = problems.map((p) => `  - ${p.option}: ${p.message} (got ${JSON.stringify(p.value)})`);
    super(`Invalid backup agent connectivity options${where}:\n${lines.join('\n')}`);
    this.name = 'ConnectivityValidationError';
    this.problems = problems;
    this.subject = subject;
  }
}
