/** Exit codes shared by every command of the command line. */
export enum ExitCode {
  /** The command did what it was asked and every check passed. */
  SUCCESS = 0,
  /** A check failed: a flow is blocked, a stack is invalid, an answer lies outside the openings, or the options are invalid. */
  FAILED = 1,
  /** Wrong arguments or unreadable input; the usage is printed. */
  USAGE = 2,
  /** Nothing could be decided: a tool is missing or lookups could not be made. */
  UNDECIDED = 3,
}
