import { Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { IConstruct } from 'constructs';

/** The construct paths, per stack, whose network ACL entries are checked for rule-number collisions. */
const OWNERS = new WeakMap<Stack, Set<string>>();

/**
 * Checks, when the stack is synthesized, that no other entry of the same ACL in the stack (added by
 * hand or by another construct sharing the ACL) uses one of the rule numbers of `owner`'s entries in
 * the same direction: AWS refuses two such entries, so the deployment would fail. One validation per
 * stack walks the stack once, however many constructs it holds.
 * @param owner the construct whose entries are checked
 */
export function checkRuleNumberCollisions(owner: IConstruct): void {
  const stack = Stack.of(owner);
  let owners = OWNERS.get(stack);
  if (!owners) {
    const registered = new Set<string>();
    OWNERS.set(stack, registered);
    stack.node.addValidation({ validate: () => findRuleNumberCollisions(stack, registered) });
    owners = registered;
  }
  owners.add(owner.node.path);
}

function ownerOf(entry: ec2.CfnNetworkAclEntry, owners: ReadonlySet<string>): string | undefined {
  return entry.node.scopes.map((scope) => scope.node.path).find((path) => owners.has(path));
}

/**
 * Rule-number collisions between the entries of the registered owners and any other entry of the
 * same ACL and direction in the stack.
 * @returns one message per colliding pair
 */
function findRuleNumberCollisions(stack: Stack, owners: ReadonlySet<string>): string[] {
  const groups = new Map<string, ec2.CfnNetworkAclEntry[]>();
  for (const entry of stack.node.findAll()) {
    if (!(entry instanceof ec2.CfnNetworkAclEntry)) continue;
    const direction = stack.resolve(entry.egress) ? 'outbound' : 'inbound';
    const key = `${JSON.stringify(stack.resolve(entry.networkAclId))} ${direction} ${stack.resolve(entry.ruleNumber)}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const messages: string[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const direction = stack.resolve(group[0].egress) ? 'outbound' : 'inbound';
    const number = stack.resolve(group[0].ruleNumber);
    const [first, ...others] = group.filter((e) => ownerOf(e, owners) !== undefined).concat(group.filter((e) => ownerOf(e, owners) === undefined));
    const owner = ownerOf(first, owners);
    if (owner === undefined) continue;
    for (const other of others) {
      messages.push(
        `network ACL entries of '${owner}': rule number collision: ${direction} ${number} is used by '${first.node.path}' and by '${other.node.path}'; ` +
          'give networkAclRuleNumberStart a range no other entry of this ACL uses',
      );
    }
  }
  return messages;
}
