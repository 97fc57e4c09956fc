import { parseArgs, ParseArgsConfig } from 'node:util';

/** Wrong command-line arguments; the message names the option and is printed with the usage. */
export class UsageError extends Error {
  /**
   * @param message what is wrong, naming the option
   */
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The options of a command, in `node:util` `parseArgs` form. */
export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** The option values and positional arguments of a command, as `node:util` `parseArgs` returns them. */
export type ParsedCommandArgs<T extends CommandOptions> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: boolean }>
>;

/** How one command's arguments are parsed. */
export interface CommandArgsConfig<T extends CommandOptions> {
  /** The arguments after the command name. */
  readonly args: string[];
  /** The options the command takes. */
  readonly options: T;
  /** Whether arguments that are not options are accepted. @default false */
  readonly allowPositionals?: boolean;
  /** What an option's value is, for the message when it is missing (e.g. `a release, one of 1.87.3, 2.5.0`). @default - 'a value' */
  readonly valueNames?: Readonly<Record<string, string>>;
}

/**
 * Parses a command's arguments strictly with `node:util` `parseArgs`, and turns its errors into a
 * {@link UsageError} of one shape for every command: `unknown option '--x'`, `--x needs a value`.
 */
export function parseCommandArgs<T extends CommandOptions>(config: CommandArgsConfig<T>): ParsedCommandArgs<T> {
  try {
    return parseArgs({ args: config.args, options: config.options, strict: true, allowPositionals: config.allowPositionals ?? false });
  } catch (error) {
    const parseError = error as Error & { code?: string };
    if (!parseError.code?.startsWith('ERR_PARSE_ARGS_')) throw error;
    throw new UsageError(usageMessage(parseError, config.valueNames ?? {}));
  }
}

/** `parseArgs`'s message in the commands' words; the argument it names is the first quoted one (the long name of an option with a short alias). */
function usageMessage(error: Error & { code?: string }, valueNames: Readonly<Record<string, string>>): string {
  const named = /'(?:-[^ ,']*, )?([^ ',]+)/.exec(error.message)?.[1];
  const firstLine = error.message.split('\n')[0];
  if (named === undefined) return firstLine;
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument '${named}'`;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option '${named}'`;
  if (/argument (missing|is ambiguous)/.test(firstLine)) return `${named} needs ${valueNames[named.replace(/^-+/, '')] ?? 'a value'}`;
  return firstLine;
}

/**
 * The formatter named by `--format`.
 * @throws UsageError naming the formats there are
 */
export function chooseFormatter<F>(formatters: Readonly<Record<string, F>>, format: string): F {
  const formatter = Object.prototype.hasOwnProperty.call(formatters, format) ? formatters[format] : undefined;
  if (formatter === undefined) throw new UsageError(`--format must be one of ${Object.keys(formatters).join(', ')} (got '${format}')`);
  return formatter;
}
