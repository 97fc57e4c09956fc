import { RulePurpose, FlowDirection } from './enums';

/**
 * One intended TCP flow before minimisation: an inclusive address range and port range, seen from
 * the agent, and why it is needed.
 */
export interface IntendedFlow {
  /** Direction seen from the agent. */
  readonly direction: FlowDirection;
  /** First address of the peer range. */
  readonly first: number;
  /** Last address of the peer range. */
  readonly last: number;
  /** First TCP port. */
  readonly fromPort: number;
  /** Last TCP port. */
  readonly toPort: number;
  /** Why the flow is needed. */
  readonly purposes: readonly RulePurpose[];
}

/** Fixed order of purposes, used wherever purposes are listed. */
export const PURPOSE_ORDER: readonly RulePurpose[] = Object.values(RulePurpose);

/** Sorts and de-duplicates purposes in their fixed order. */
export function sortPurposes(purposes: Iterable<RulePurpose>): RulePurpose[] {
  const set = new Set(purposes);
  return PURPOSE_ORDER.filter((p) => set.has(p));
}
