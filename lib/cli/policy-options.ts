import { AccessMode, BackupTarget, CatalogEdition } from '../core';

/** The options choosing the policy that the rules command prints and the catalog check compares with. */
export const POLICY_SELECTION_OPTIONS = {
  target: { type: 'string' },
  mode: { type: 'string' },
  edition: { type: 'string' },
} as const;

/** The policy chosen on the command line; values are checked by the core, which names the option. */
export interface PolicySelection {
  /** `--target`. @default - the core's default */
  readonly target?: BackupTarget;
  /** `--mode`. @default - the core's default */
  readonly mode?: AccessMode;
  /** `--edition`. @default - the core's default */
  readonly edition?: CatalogEdition;
}

/** The `--target`, `--mode` and `--edition` values as connectivity options. */
export function policySelection(values: { target?: string; mode?: string; edition?: string }): PolicySelection {
  return {
    target: values.target as BackupTarget | undefined,
    mode: values.mode as AccessMode | undefined,
    edition: values.edition as CatalogEdition | undefined,
  };
}

/**
 * A numeric option's value: a number when it is all digits, otherwise the text itself, so that the
 * core's check of the option rejects it with its own message naming the option and the value.
 */
export function numericOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  return /^[0-9]+$/.test(value) ? Number(value) : (value as unknown as number);
}
