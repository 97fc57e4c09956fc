import { FlowDirection } from '../core/enums';
import { FirewallRule, RuleAction, TcpCoverage } from './firewall-model';

/**
 * The readings of one rule whose direction or action may take several values (an unresolved or
 * unreadable field): one rule per possible direction and action, all at the rule's own place. When
 * there is more than one, each of them may or may not match (its TCP coverage is unknown, unless the
 * rule is known to miss TCP), so every flow the rule may decide stays undecided instead of being
 * decided by a guessed reading. A single reading is returned as it is.
 * @param readings the rule read with each direction and action it may have
 */
export function ruleReadings(readings: FirewallRule[]): FirewallRule[] {
  if (readings.length === 1) return readings;
  return readings.map((r) => ({ ...r, tcp: r.tcp === TcpCoverage.NOT_TCP ? TcpCoverage.NOT_TCP : TcpCoverage.UNKNOWN }));
}

/** Both directions, for a direction that cannot be read. */
export const EITHER_DIRECTION: readonly FlowDirection[] = [FlowDirection.INGRESS, FlowDirection.EGRESS];

/** Both actions, for an action that cannot be read. */
export const EITHER_ACTION: readonly RuleAction[] = [RuleAction.ALLOW, RuleAction.DENY];

/** What a rule's protocol text adds for fields that cannot be read, e.g. ` (direction "sideways" unreadable)`. */
export function unreadableNote(fields: Record<string, { raw: unknown; readable: boolean }>): string {
  const notes = Object.entries(fields)
    .filter(([, f]) => !f.readable)
    .map(([name, f]) => `${name} ${JSON.stringify(f.raw) ?? 'undefined'} unreadable`);
  return notes.length === 0 ? '' : ` (${notes.join(', ')})`;
}
