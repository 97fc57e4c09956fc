/** Resource counts of a `terraform plan`. */
export interface PlanSummary {
  readonly add: number;
  readonly change: number;
  readonly destroy: number;
}

/**
 * Reads the counts from plan output: `Plan: 2 to add, 0 to change, 0 to destroy.` (optionally
 * with `N to import`), or zero counts for `No changes.`. Returns `undefined` when neither appears.
 */
export function parsePlanSummary(output: string): PlanSummary | undefined {
  const line = /^Plan:(.*)$/m.exec(output);
  if (line) {
    const count = (what: string): number => Number(new RegExp(`(\\d+) to ${what}`).exec(line[1])?.[1] ?? 0);
    return { add: count('add'), change: count('change'), destroy: count('destroy') };
  }
  if (/^No changes\./m.test(output)) {
    return { add: 0, change: 0, destroy: 0 };
  }
  return undefined;
}
